package io.stackgen.manifest;

import io.stackgen.common.BoundedYaml;
import io.stackgen.common.InputException;
import io.stackgen.common.UserText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads multi-document YAML as written by {@code helm template}, {@code stackgen render}, kustomize or by hand
 * into Kubernetes objects that remember where each field was written. {@code List} kinds are unpacked into
 * their items. Unlike the render path, a key written twice is not an error here: it is kept (last wins, as
 * Helm does) and reported, so that a linter can point at it.
 */
public final class ManifestReader {
    /**
     * One lint input (a file or standard input). Rendered releases are megabytes at most; the limit lets a whole
     * cluster dump be linted and refuses a runaway file before it is read into memory.
     */
    public static final long MAX_BYTES = 128L * 1024 * 1024;
    /** Kubernetes objects, CRD schemas included, nest a few dozen levels; deeper input is refused, not overflowed. */
    public static final int MAX_DEPTH = 200;
    private static final String SOURCE_COMMENT = "# Source: ";
    private static final String BLANK_LINE_INDENT_PROBLEM = "leading empty lines contain more spaces";
    private static final LoadSettings SETTINGS = LoadSettings.builder()
            .setSchema(new PlainScalarSchema())
            .setAllowDuplicateKeys(true)
            .setMaxAliasesForCollections(BoundedYaml.MAX_COLLECTION_ALIASES)
            .setCodePointLimit((int) MAX_BYTES)
            .build();

    private ManifestReader() {
    }

    /**
     * @param file the name to show in messages and findings
     * @throws InputException naming file and line when a document is not YAML or not a Kubernetes object
     */
    public static List<ManifestObject> read(String file, String text) {
        return read(file, text, DocumentChunks.MIN_CHUNK);
    }

    /**
     * Reads with pieces of at least {@code minChunk} characters parsed at the same time: large texts are cut at
     * document markers and the pieces parsed at the same time; the objects are then put in order and given their
     * documents' numbers and templates. When a piece cannot be read, the whole text is read again in one go, so that
     * the error is the one that reading in order meets first.
     */
    static List<ManifestObject> read(String file, String text, int minChunk) {
        List<DocumentChunks.Chunk> chunks = DocumentChunks.split(text, minChunk);
        List<List<Document>> documents;
        if (chunks.size() == 1) {
            documents = List.of(documents(file, chunks.get(0)));
        } else {
            try {
                documents = chunks.parallelStream().map(chunk -> documents(file, chunk)).toList();
            } catch (InputException e) {
                documents = List.of(documents(file, new DocumentChunks.Chunk(text, 0)));
            }
        }
        return objects(file, sourceComments(text), documents);
    }

    /**
     * One YAML document of the input.
     *
     * @param startLine 1-based line of the input it starts on
     * @param endLine   1-based line it ends on
     * @param objects   what it holds: none for an empty document, the items of a {@code List}, else one object
     */
    private record Document(int startLine, int endLine, List<Read> objects) {
    }

    /** One object read from a document, not yet numbered or given a template. */
    private record Read(Map<String, Object> data, PositionTree positions, List<DuplicateKey> duplicates) {
    }

    private static List<Document> documents(String file, DocumentChunks.Chunk chunk) {
        try {
            return documents(file, chunk.text(), chunk.firstLine());
        } catch (InputException e) {
            if (!e.getMessage().contains(BLANK_LINE_INDENT_PROBLEM)) {
                throw e;
            }
            // go-yaml (so Helm and kubectl) accepts a block scalar whose blank first lines carry more spaces than
            // the line after the block; snakeyaml does not. Emptying whitespace-only lines keeps every position.
            // Only the piece that needs it is read again, so helm output full of such lines is not read twice.
            return documents(file, withBlankLinesEmptied(chunk.text()), chunk.firstLine());
        }
    }

    /** Lines of only spaces and tabs made empty, in one pass (a multi-line regex tries every position). */
    static String withBlankLinesEmptied(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            int lineEnd = end < 0 ? text.length() : end;
            int i = start;
            while (i < lineEnd && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            boolean blank = i == lineEnd || i == lineEnd - 1 && text.charAt(i) == '\r';
            out.append(text, blank ? i : start, end < 0 ? lineEnd : end + 1);
            start = end < 0 ? text.length() : end + 1;
        }
        return out.toString();
    }

    private static List<Document> documents(String file, String text, int offset) {
        List<Document> documents = new ArrayList<>();
        try {
            for (Node node : BoundedYaml.composeAll(file, SETTINGS, text, MAX_DEPTH)) {
                List<Read> objects = new ArrayList<>();
                if (!isEmpty(node)) {
                    addObjects(file, node, offset, objects);
                }
                documents.add(new Document(line(node, true) + offset, line(node, false) + offset, objects));
            }
        } catch (MarkedYamlEngineException e) {
            String where = e.getProblemMark().map(m -> file + ":" + (m.getLine() + 1 + offset) + ":" + (m.getColumn() + 1))
                    .orElse(file);
            throw new InputException(where + ": not valid YAML: " + BoundedYaml.problem(e));
        } catch (YamlEngineException e) {
            throw new InputException(file + ": not valid YAML: " + UserText.oneLine(e.getMessage()));
        }
        return documents;
    }

    /** Numbers the documents of the whole input and gives each object the template its {@code # Source:} names. */
    private static List<ManifestObject> objects(String file, TreeMap<Integer, String> sources, List<List<Document>> chunks) {
        List<ManifestObject> objects = new ArrayList<>();
        int number = 0;
        int previousEnd = 0;
        for (List<Document> documents : chunks) {
            for (Document document : documents) {
                number++;
                Map.Entry<Integer, String> source = sources.lowerEntry(document.startLine() + 1);
                String template = source != null && source.getKey() > previousEnd ? source.getValue() : null;
                previousEnd = document.endLine();
                for (Read read : document.objects()) {
                    objects.add(new ManifestObject(file, template, number, read.data(), read.positions(), read.duplicates()));
                }
            }
        }
        return objects;
    }

    private static void addObjects(String file, Node node, int offset, List<Read> into) {
        if (node instanceof MappingNode mapping && isList(mapping)) {
            for (Node item : ((SequenceNode) value(mapping, "items").orElseThrow()).getValue()) {
                addObjects(file, item, offset, into);
            }
            return;
        }
        PositionTree positions = PositionTree.of(node, offset); // before the data: an unusual node is changed by reading it
        List<DuplicateKey> duplicates = new ArrayList<>();
        Object data = NodeData.read(node, SETTINGS, n -> position(file, n, offset), duplicates);
        if (!(data instanceof Map<?, ?> map)) {
            throw new InputException(file + ":" + (line(node, true) + offset)
                    + ": not a Kubernetes object (the document is not a YAML mapping)");
        }
        Map<String, Object> object = new LinkedHashMap<>();
        map.forEach((k, v) -> object.put(String.valueOf(k), v));
        requireKubernetesObject(file, line(node, true) + offset, object);
        into.add(new Read(object, positions, List.copyOf(duplicates)));
    }

    private static boolean isList(MappingNode mapping) {
        boolean listKind = value(mapping, "kind").filter(k -> k instanceof ScalarNode s && s.getValue().endsWith("List")).isPresent();
        return listKind && value(mapping, "items").filter(SequenceNode.class::isInstance).isPresent();
    }

    private static void requireKubernetesObject(String file, int line, Map<String, Object> data) {
        for (String field : List.of("apiVersion", "kind")) {
            if (!(data.get(field) instanceof String s) || s.isBlank()) {
                throw new InputException(file + ":" + line + ": not a Kubernetes object (no " + field + ")");
            }
        }
        if (!(data.get("metadata") instanceof Map<?, ?> metadata) || !(metadata.get("name") instanceof String)) {
            throw new InputException(file + ":" + line + ": " + UserText.quotable((String) data.get("kind")) + " has no metadata.name");
        }
    }

    private static Optional<Node> value(MappingNode mapping, String key) {
        return mapping.getValue().stream()
                .filter(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key))
                .map(NodeTuple::getValueNode)
                .reduce((first, second) -> second);
    }

    private static boolean isEmpty(Node node) {
        return node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL);
    }

    private static SourcePosition position(String file, Node node, int lineOffset) {
        return node.getStartMark().map(m -> new SourcePosition(file, m.getLine() + 1 + lineOffset, m.getColumn() + 1))
                .orElse(new SourcePosition(file, 1 + lineOffset, 1));
    }

    private static int line(Node node, boolean start) {
        return (start ? node.getStartMark() : node.getEndMark()).map(m -> m.getLine() + 1).orElse(1);
    }

    /**
     * 1-based line number → source named in a {@code # Source:} comment on that line; lines end where
     * {@link String#lines()} ends them.
     */
    private static TreeMap<Integer, String> sourceComments(String text) {
        TreeMap<Integer, String> sources = new TreeMap<>();
        if (!text.contains(SOURCE_COMMENT)) {
            return sources;
        }
        boolean onlyNewlines = text.indexOf('\r') < 0;
        int lineNumber = 1;
        int length = text.length();
        for (int start = 0; start < length; lineNumber++) {
            int end = onlyNewlines ? text.indexOf('\n', start) : lineEnd(text, start);
            end = end < 0 ? length : end;
            if (text.startsWith(SOURCE_COMMENT, start)) {
                sources.put(lineNumber, text.substring(start + SOURCE_COMMENT.length(), end).strip());
            }
            start = end + (text.startsWith("\r\n", end) ? 2 : 1);
        }
        return sources;
    }

    /** Where the line starting at {@code start} ends: at {@code \n} or {@code \r}. */
    private static int lineEnd(String text, int start) {
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return text.length();
    }
}
