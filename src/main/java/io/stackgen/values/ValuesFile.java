package io.stackgen.values;

import io.stackgen.common.InputException;
import io.stackgen.common.YamlParserFailure;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** Reads a YAML values file (Helm's YAML 1.1 typing) into a {@link ValuesLayer} that knows source positions. */
public final class ValuesFile {
    public static final int MAX_ALIASES = 50;
    private static final int MAX_CODE_POINTS = 64 * 1024 * 1024;

    private ValuesFile() {}

    /** Decodes {@code bytes} as strict UTF-8, then parses. */
    public static ValuesLayer parse(String displayName, byte[] bytes) {
        return parse(displayName, decodeUtf8(displayName, bytes));
    }

    public static ValuesLayer parse(String displayName, String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        LoadSettings settings = LoadSettings.builder()
                .setLabel(displayName)
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setCodePointLimit(MAX_CODE_POINTS)
                .setSchema(YamlTreeBuilder.UNTYPED_SCHEMA)
                .build();
        try {
            Iterator<Node> documents = new Compose(settings).composeAllFromString(text).iterator();
            Node root = documents.hasNext() ? documents.next() : null;
            while (documents.hasNext()) {
                Node extra = documents.next();
                if (!isEmptyDocument(extra)) {
                    throw new InputException(at(displayName, extra.getStartMark()) + "more than one YAML document; a values file holds one");
                }
            }
            return build(displayName, root);
        } catch (MarkedYamlEngineException e) {
            throw new InputException(at(displayName, e.getProblemMark()) + describe(e));
        } catch (YamlEngineException e) {
            String message = e.getMessage() != null && e.getMessage().contains("aliases")
                    ? "too many aliases (more than " + MAX_ALIASES + ")"
                    : YamlTreeBuilder.oneLine(e.getMessage());
            throw new InputException(displayName + ": " + message);
        } catch (StackOverflowError | IllegalArgumentException e) {
            throw YamlParserFailure.inputError(displayName, e);
        }
    }

    private static ValuesLayer build(String displayName, Node root) {
        YamlTreeBuilder builder = new YamlTreeBuilder(displayName);
        if (root == null || isEmptyDocument(root)) {
            return new ValuesLayer(displayName, new LinkedHashMap<>(), Map.of());
        }
        Object tree = builder.buildRoot(root);
        if (!(tree instanceof Map<?, ?>)) {
            throw new InputException(at(displayName, root.getStartMark())
                    + "the top level of a values file must be a mapping, not a " + Trees.typeName(tree));
        }
        return new ValuesLayer(displayName, Trees.asMap(tree), builder.origins());
    }

    private static boolean isEmptyDocument(Node node) {
        return node instanceof ScalarNode scalar && scalar.isPlain() && YamlTreeBuilder.isImplicit(scalar)
                && Yaml11Scalars.resolvePlain(scalar.getValue()) == null;
    }

    private static String describe(MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        if (problem.contains("\\t(TAB)") || problem.contains("\t")) {
            return "tab character used for indentation (YAML allows only spaces)";
        }
        String context = e.getContext();
        return YamlTreeBuilder.oneLine(context == null || context.isEmpty() ? problem : problem + " (" + context + ")");
    }

    static String at(String file, Optional<Mark> mark) {
        return mark.map(m -> new Location(file, m.getLine() + 1, m.getColumn() + 1) + ": ").orElse(file + ": ");
    }

    private static String decodeUtf8(String displayName, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        String decoded = out.flip().toString();
        if (result.isError()) {
            int lineStart = decoded.lastIndexOf('\n') + 1;
            int line = (int) decoded.chars().filter(c -> c == '\n').count() + 1;
            int column = decoded.codePointCount(lineStart, decoded.length()) + 1;
            throw new InputException(new Location(displayName, line, column)
                    + ": not valid UTF-8 (byte 0x" + String.format("%02X", bytes[in.position()] & 0xFF) + ")");
        }
        return decoded;
    }
}
