package io.stackgen.lint.rules.sec;

import io.stackgen.lint.FindingSink;
import io.stackgen.lint.Severity;
import io.stackgen.lint.model.Tree;
import io.stackgen.manifest.ManifestObject;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** The entries a ConfigMap or Secret stores, as text: written ones as they are, base64 ones decoded. */
final class StoredEntries {
    private StoredEntries() {
    }

    /**
     * One stored entry.
     *
     * @param path    its field, e.g. {@code [data, serverConfig]}
     * @param name    its key, usually a file name
     * @param text    its content; binary content as hex
     * @param decoded read from base64, so lines in {@code text} are not lines of the manifest
     */
    record Stored(List<Object> path, String name, String text, boolean decoded) {
        /** Reports at line {@code line} of a written value, else at the entry's key. */
        void report(FindingSink findings, ManifestObject object, int line, Severity severity, String message) {
            if (decoded || line < 0) {
                findings.report(object, path, severity, message);
            } else {
                findings.reportWithin(object, path, line, severity, message);
            }
        }
    }

    /** {@code data} (text) and {@code binaryData} (base64) of a ConfigMap. */
    static List<Stored> ofConfigMap(ManifestObject configMap) {
        return read(configMap, "data", "binaryData");
    }

    /** {@code stringData} (text) and {@code data} (base64) of a Secret. */
    static List<Stored> ofSecret(ManifestObject secret) {
        return read(secret, "stringData", "data");
    }

    private static List<Stored> read(ManifestObject object, String textField, String base64Field) {
        List<Stored> entries = new ArrayList<>();
        for (Map.Entry<String, Object> e : Tree.map(object.data(), List.of(textField)).entrySet()) {
            if (e.getValue() != null) {
                entries.add(new Stored(List.of(textField, e.getKey()), e.getKey(), String.valueOf(e.getValue()), false));
            }
        }
        for (Map.Entry<String, Object> e : Tree.map(object.data(), List.of(base64Field)).entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            byte[] bytes;
            try {
                bytes = Base64.getMimeDecoder().decode(String.valueOf(e.getValue()));
            } catch (IllegalArgumentException notBase64) {
                continue; // the API server would reject it; nothing stored to judge
            }
            entries.add(new Stored(List.of(base64Field, e.getKey()), e.getKey(), text(bytes), true));
        }
        return entries;
    }

    /** UTF-8 text when the bytes are text, else their hex (so binary keys are judged by the hex detectors). */
    private static String text(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            boolean printable = text.chars().allMatch(c -> c >= 0x20 || c == '\n' || c == '\r' || c == '\t');
            return printable ? text : KeyMaterial.toHex(bytes);
        } catch (CharacterCodingException binary) {
            return KeyMaterial.toHex(bytes);
        }
    }
}
