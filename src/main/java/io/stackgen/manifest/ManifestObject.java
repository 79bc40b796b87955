package io.stackgen.manifest;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * One Kubernetes object read from an input, with the positions of its fields.
 *
 * @param file       the input file as the user named it
 * @param template   the {@code # Source:} the document was rendered from, when the input says so (Helm and
 *                   stackgen output), else null
 * @param document   1-based number of the YAML document within the file
 * @param data       the object as plain maps, lists and scalars
 * @param node       the YAML node the object was read from, kept to find field positions on demand
 * @param duplicates mapping keys written twice inside the object
 * @param lineOffset lines in the file before the text {@code node} was read from (its positions start at that text)
 */
public record ManifestObject(String file, String template, int document, Map<String, Object> data, Node node,
                             List<DuplicateKey> duplicates, int lineOffset) {

    /** An object whose node was read from the whole file. */
    public ManifestObject(String file, String template, int document, Map<String, Object> data, Node node,
                          List<DuplicateKey> duplicates) {
        this(file, template, document, data, node, duplicates, 0);
    }

    public String apiVersion() {
        return text(data.get("apiVersion"));
    }

    public String kind() {
        return text(data.get("kind"));
    }

    /** The API group: the part of apiVersion before the slash, empty for the core group. */
    public String group() {
        String apiVersion = apiVersion();
        int slash = apiVersion.indexOf('/');
        return slash < 0 ? "" : apiVersion.substring(0, slash);
    }

    public String name() {
        return text(metadata().get("name"));
    }

    /** The namespace written in the object, empty when it names none. */
    public String namespace() {
        return text(metadata().get("namespace"));
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> metadata() {
        return data.get("metadata") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    /** Annotations as written (values are usually strings, but a careless manifest may hold numbers). */
    public Map<String, Object> annotations() {
        return stringMap(metadata().get("annotations"));
    }

    public Map<String, Object> labels() {
        return stringMap(metadata().get("labels"));
    }

    /** {@code Kind/name}, or {@code Kind/namespace/name} when the object names its namespace. */
    public String describe() {
        String ns = namespace();
        return kind() + "/" + (ns.isEmpty() ? "" : ns + "/") + name();
    }

    /** Where the object starts. */
    public SourcePosition position() {
        return at(node);
    }

    /**
     * Where a field is written: the key of a mapping entry, or the start of a list item. When the path does not
     * exist in full, the deepest part that does.
     */
    public SourcePosition positionOf(List<?> path) {
        Node current = node;
        SourcePosition found = at(node);
        for (Object step : path) {
            Optional<Node[]> next = child(current, step);
            if (next.isEmpty()) {
                return found;
            }
            found = at(next.get()[0]);
            current = next.get()[1];
        }
        return found;
    }

    /**
     * Where line {@code valueLine} (0-based) of the text at {@code path} is written. In a literal block scalar
     * ({@code |}) every line of the text is a line of the file, starting on the line after the indicator, so that
     * line is found; for any other style (quoted, plain, folded) lines do not map, and the field itself is given.
     */
    public SourcePosition positionWithin(List<?> path, int valueLine) {
        Node current = node;
        Node keyOrItem = node;
        for (Object step : path) {
            Optional<Node[]> next = child(current, step);
            if (next.isEmpty()) {
                return positionOf(path);
            }
            keyOrItem = next.get()[0];
            current = next.get()[1];
        }
        if (!(current instanceof ScalarNode scalar) || scalar.getScalarStyle() != ScalarStyle.LITERAL || valueLine < 0) {
            return at(keyOrItem);
        }
        int lineStart = lineStart(scalar.getValue(), valueLine);
        if (lineStart < 0) {
            return at(keyOrItem);
        }
        int indent = 0;
        while (lineStart + indent < scalar.getValue().length() && scalar.getValue().charAt(lineStart + indent) == ' ') {
            indent++;
        }
        SourcePosition indicator = at(scalar);
        // the block is indented past its key (map entry) or sits where the indicator is (list item "- |")
        int blockColumn = keyOrItem == scalar ? indicator.column() : at(keyOrItem).column() + 2;
        return new SourcePosition(file, indicator.line() + 1 + valueLine, blockColumn + indent);
    }

    /** Offset of 0-based line {@code line} in the text, or -1 when the text has fewer lines. */
    private static int lineStart(String text, int line) {
        int start = 0;
        for (int i = 0; i < line; i++) {
            int newline = text.indexOf('\n', start);
            if (newline < 0) {
                return -1;
            }
            start = newline + 1;
        }
        return start;
    }

    /** Returns {key-or-item node, value node} for one path step. */
    private static Optional<Node[]> child(Node parent, Object step) {
        if (parent instanceof MappingNode mapping) {
            NodeTuple match = null;
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(String.valueOf(step))) {
                    match = tuple; // the last copy wins, as in the data
                }
            }
            return match == null ? Optional.empty() : Optional.of(new Node[] {match.getKeyNode(), match.getValueNode()});
        }
        if (parent instanceof SequenceNode sequence && step instanceof Integer index
                && index >= 0 && index < sequence.getValue().size()) {
            Node item = sequence.getValue().get(index);
            return Optional.of(new Node[] {item, item});
        }
        return Optional.empty();
    }

    private SourcePosition at(Node n) {
        return n.getStartMark()
                .map(m -> new SourcePosition(file, lineOffset + m.getLine() + 1, m.getColumn() + 1))
                .orElse(new SourcePosition(file, lineOffset + 1, 1));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> stringMap(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}
