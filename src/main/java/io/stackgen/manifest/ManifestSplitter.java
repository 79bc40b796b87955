package io.stackgen.manifest;

import io.stackgen.common.InputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/** Splits YAML text into documents on {@code ---} lines, as Helm does, and parses each one. */
public final class ManifestSplitter {
    private static final Pattern SEPARATOR = Pattern.compile("(?:^|\\s*\\n)---\\s*");
    private static final LoadSettings SETTINGS = LoadSettings.builder()
            .setAllowDuplicateKeys(false)
            .setMaxAliasesForCollections(50)
            .setCodePointLimit(64 * 1024 * 1024)
            .build();

    private ManifestSplitter() {
    }

    public static List<ManifestDocument> split(String source, String file, String text) {
        List<ManifestDocument> documents = new ArrayList<>();
        int index = 0;
        for (String chunk : SEPARATOR.split(text.strip())) {
            String doc = chunk.strip();
            if (doc.isEmpty() || onlyComments(doc)) {
                continue;
            }
            documents.add(new ManifestDocument(source, file, index, doc, parse(file, index, doc)));
            index++;
        }
        return documents;
    }

    private static boolean onlyComments(String doc) {
        return doc.lines().allMatch(l -> l.isBlank() || l.stripLeading().startsWith("#"));
    }

    private static Map<String, Object> parse(String file, int index, String doc) {
        Object parsed;
        try {
            parsed = new Load(SETTINGS).loadFromString(doc);
        } catch (MarkedYamlEngineException e) {
            String line = e.getProblemMark().map(m -> " line " + (m.getLine() + 1)).orElse("");
            throw new InputException(file + ": document " + (index + 1) + " is not valid YAML (" + line.strip() + "): "
                    + e.getProblem());
        } catch (YamlEngineException e) {
            throw new InputException(file + ": document " + (index + 1) + " is not valid YAML: " + e.getMessage());
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new InputException(file + ": document " + (index + 1) + " is not a Kubernetes object (not a YAML mapping)");
        }
        Map<String, Object> object = new LinkedHashMap<>();
        map.forEach((k, v) -> object.put(String.valueOf(k), v));
        return object;
    }
}
