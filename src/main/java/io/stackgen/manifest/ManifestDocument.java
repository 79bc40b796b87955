package io.stackgen.manifest;

import java.util.Map;

/**
 * One Kubernetes object as rendered or read.
 *
 * @param source  the Helm-style source name ({@code <chart>/templates/<file>}) or the input file name
 * @param file    the file to name in messages (a template or an input file)
 * @param index   the position of this document within its source, from 0
 * @param text    the document's YAML, trimmed
 * @param object  the parsed object
 * @param positions where each field of {@code object} is written within {@code text}
 */
public record ManifestDocument(String source, String file, int index, String text, Map<String, Object> object,
                               PositionTree positions) {

    public String apiVersion() {
        return string(object.get("apiVersion"));
    }

    public String kind() {
        return string(object.get("kind"));
    }

    public String name() {
        return string(metadata().get("name"));
    }

    public String namespace() {
        return string(metadata().get("namespace"));
    }

    /** {@code Kind/name}, or {@code Kind/namespace/name} when the object names its namespace. */
    public String describe() {
        String ns = namespace();
        return kind() + "/" + (ns == null || ns.isEmpty() ? "" : ns + "/") + name();
    }

    /** Helm hooks ({@code helm.sh/hook} annotation) are printed after all other objects. */
    public boolean isHook() {
        return metadata().get("annotations") instanceof Map<?, ?> annotations && annotations.containsKey("helm.sh/hook");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> metadata() {
        return object.get("metadata") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static String string(Object value) {
        return value == null ? null : String.valueOf(value);
    }
}
