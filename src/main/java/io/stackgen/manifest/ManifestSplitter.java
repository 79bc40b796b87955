package io.stackgen.manifest;

import io.stackgen.common.BoundedYaml;
import io.stackgen.common.InputException;
import io.stackgen.common.UserText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/** Splits YAML text into documents on {@code ---} lines, as Helm does, and parses each one. */
public final class ManifestSplitter {
    private static final String SEPARATOR = "---";
    private static final LoadSettings SETTINGS = LoadSettings.builder()
            .setAllowDuplicateKeys(false)
            .setMaxAliasesForCollections(BoundedYaml.MAX_COLLECTION_ALIASES)
            .setCodePointLimit(64 * 1024 * 1024)
            .build();

    private ManifestSplitter() {
    }

    public static List<ManifestDocument> split(String source, String file, String text) {
        List<ManifestDocument> documents = new ArrayList<>();
        int index = 0;
        for (String chunk : chunks(text.strip())) {
            String doc = chunk.strip();
            if (doc.isEmpty() || onlyComments(doc)) {
                continue;
            }
            documents.add(parse(source, file, index, doc));
            index++;
        }
        return documents;
    }

    /**
     * The text between separators, as Helm's {@code (?:^|\s*\n)---\s*} cuts it, in one pass (Java's backtracking
     * engine spends time quadratic in the indentation on that pattern): {@code ---} at the start of the text or of a
     * line, with the whitespace after it, newlines included — so a {@code ---} line right after another stays in the
     * next document, as in Helm. Chunks keep the whitespace around them; callers strip it.
     */
    static List<String> chunks(String text) {
        List<String> chunks = new ArrayList<>();
        int from = 0;
        if (text.startsWith(SEPARATOR)) {
            chunks.add("");
            from = afterWhitespace(text, SEPARATOR.length());
        }
        for (int cut = text.indexOf("\n" + SEPARATOR, from); cut >= 0; cut = text.indexOf("\n" + SEPARATOR, from)) {
            chunks.add(text.substring(from, cut));
            from = afterWhitespace(text, cut + 1 + SEPARATOR.length());
        }
        chunks.add(text.substring(from));
        return chunks;
    }

    /** Past the characters of regex {@code \s}: space, tab, newline, vertical tab, form feed, carriage return. */
    private static int afterWhitespace(String text, int index) {
        int i = index;
        while (i < text.length() && " \t\n\u000B\f\r".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static boolean onlyComments(String doc) {
        return doc.lines().allMatch(l -> l.isBlank() || l.stripLeading().startsWith("#"));
    }

    /**
     * One walk of the composed node builds the data and the field positions (for a linter reading these documents);
     * the node itself, whose marks hold on to the parser's buffers, is not kept. A document with a key written twice
     * goes through snakeyaml's constructor, which reports it.
     */
    private static ManifestDocument parse(String source, String file, int index, String doc) {
        PositionTree positions = null;
        Object parsed = null;
        try {
            Optional<Node> node = BoundedYaml.composeOne(file + " document " + (index + 1), SETTINGS, doc,
                    ManifestReader.MAX_DEPTH);
            if (node.isPresent()) {
                positions = PositionTree.of(node.get(), 0); // before the data: an unusual node is changed by reading it
                parsed = data(file, node.get());
            }
        } catch (MarkedYamlEngineException e) {
            String line = e.getProblemMark().map(m -> " line " + (m.getLine() + 1)).orElse("");
            throw new InputException(file + ": document " + (index + 1) + " is not valid YAML (" + line.strip() + "): "
                    + BoundedYaml.problem(e));
        } catch (YamlEngineException e) {
            throw new InputException(file + ": document " + (index + 1) + " is not valid YAML: " + UserText.oneLine(e.getMessage()));
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new InputException(file + ": document " + (index + 1) + " is not a Kubernetes object (not a YAML mapping)");
        }
        Map<String, Object> object = new LinkedHashMap<>();
        map.forEach((k, v) -> object.put(String.valueOf(k), v));
        return new ManifestDocument(source, file, index, doc, object, positions);
    }

    private static Object data(String file, Node node) {
        List<DuplicateKey> duplicates = new ArrayList<>();
        Object data = NodeData.read(node, SETTINGS, n -> new SourcePosition(file, 1, 1), duplicates);
        return duplicates.isEmpty() ? data : new StandardConstructor(SETTINGS).constructSingleDocument(Optional.of(node));
    }
}
