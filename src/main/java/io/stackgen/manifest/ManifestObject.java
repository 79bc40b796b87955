package io.stackgen.manifest;

import java.util.List;
import java.util.Map;

/**
 * One Kubernetes object read from an input, with the positions of its fields. Objects are compared by identity
 * (two copies of one object in two inputs are two objects); the fields every rule asks for are read once.
 */
public final class ManifestObject {
    private final String file;
    private final String template;
    private final int document;
    private final Map<String, Object> data;
    private final PositionTree positions;
    private final List<DuplicateKey> duplicates;
    private final String apiVersion;
    private final String kind;
    private final String name;
    private final String namespace;
    private final String group;

    /**
     * @param file       the input file as the user named it
     * @param template   the {@code # Source:} the document was rendered from, when the input says so (Helm and
     *                   stackgen output), else null
     * @param document   1-based number of the YAML document within the file
     * @param data       the object as plain maps, lists and scalars; not changed afterwards
     * @param positions  where each field of the object is written
     * @param duplicates mapping keys written twice inside the object
     */
    ManifestObject(String file, String template, int document, Map<String, Object> data, PositionTree positions,
                   List<DuplicateKey> duplicates) {
        this.file = file;
        this.template = template;
        this.document = document;
        this.data = data;
        this.positions = positions;
        this.duplicates = duplicates;
        this.apiVersion = text(data.get("apiVersion"));
        int slash = apiVersion.indexOf('/');
        this.group = slash < 0 ? "" : apiVersion.substring(0, slash);
        this.kind = text(data.get("kind"));
        this.name = text(metadata().get("name"));
        this.namespace = text(metadata().get("namespace"));
    }

    /**
     * A render's own document, as {@link ManifestReader} would read it from a file whose text has {@code lineOffset}
     * lines before the document's text.
     *
     * @param number 1-based number of the document within that file
     */
    public static ManifestObject rendered(String file, int number, ManifestDocument document, int lineOffset) {
        return new ManifestObject(file, document.source(), number, document.object(), document.positions().shifted(lineOffset),
                List.of());
    }

    public String file() {
        return file;
    }

    public String template() {
        return template;
    }

    public int document() {
        return document;
    }

    public Map<String, Object> data() {
        return data;
    }

    public List<DuplicateKey> duplicates() {
        return duplicates;
    }

    public String apiVersion() {
        return apiVersion;
    }

    public String kind() {
        return kind;
    }

    /** The API group: the part of apiVersion before the slash, empty for the core group. */
    public String group() {
        return group;
    }

    public String name() {
        return name;
    }

    /** The namespace written in the object, empty when it names none. */
    public String namespace() {
        return namespace;
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

    @Override
    public String toString() {
        return describe() + " at " + position();
    }

    /** Where the object starts. */
    public SourcePosition position() {
        return positions.at(file);
    }

    /**
     * Where a field is written: the key of a mapping entry, or the start of a list item. When the path does not
     * exist in full, the deepest part that does.
     */
    public SourcePosition positionOf(List<?> path) {
        return positions.positionOf(file, path);
    }

    /**
     * Where line {@code valueLine} (0-based) of the text at {@code path} is written. In a literal block scalar
     * ({@code |}) every line of the text is a line of the file, starting on the line after the indicator, so that
     * line is found; for any other style (quoted, plain, folded) lines do not map, and the field itself is given.
     */
    public SourcePosition positionWithin(List<?> path, int valueLine) {
        return positions.positionWithin(file, path, valueLine);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> stringMap(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}
