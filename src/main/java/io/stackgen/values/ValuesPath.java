package io.stackgen.values;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Paths into a values tree: a list of String map keys and Integer list indexes.
 */
public final class ValuesPath {
    private ValuesPath() {}

    /** Renders {@code [ingress, hosts, 0, host]} as {@code ingress.hosts[0].host}; odd keys as {@code ["a.b"]}. */
    public static String render(List<?> path) {
        StringBuilder out = new StringBuilder();
        for (Object segment : path) {
            if (segment instanceof Number index) {
                out.append('[').append(index.intValue()).append(']');
            } else {
                String key = String.valueOf(segment);
                if (needsBrackets(key)) {
                    out.append("[\"").append(key.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"]");
                } else {
                    if (out.length() > 0) {
                        out.append('.');
                    }
                    out.append(key);
                }
            }
        }
        return out.toString();
    }

    private static boolean needsBrackets(String key) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '.' || c == '[' || c == ']' || c == '"') {
                return true;
            }
        }
        return key.isEmpty();
    }

    /**
     * Converts a JSON Pointer ({@code /ingress/hosts/0/host}) to a path. A numeric segment becomes an
     * Integer only where the value at that point of {@code tree} is a list.
     */
    public static List<Object> fromJsonPointer(String pointer, Object tree) {
        List<Object> path = new ArrayList<>();
        if (pointer.isEmpty()) {
            return path;
        }
        if (!pointer.startsWith("/")) {
            throw new IllegalArgumentException("not a JSON Pointer: " + pointer);
        }
        Object current = tree;
        for (String raw : pointer.substring(1).split("/", -1)) {
            String segment = raw.replace("~1", "/").replace("~0", "~");
            if (current instanceof List<?> list && segment.matches("[0-9]+")) {
                int index = Integer.parseInt(segment);
                path.add(index);
                current = index < list.size() ? list.get(index) : null;
            } else {
                path.add(segment);
                current = current instanceof Map<?, ?> map ? map.get(segment) : null;
            }
        }
        return path;
    }

    /** Whether {@code tree} has a value (possibly null) at {@code path}. */
    public static boolean contains(Map<String, Object> tree, List<?> path) {
        Object current = tree;
        for (Object segment : path) {
            if (segment instanceof Number index && current instanceof List<?> list) {
                int i = index.intValue();
                if (i < 0 || i >= list.size()) {
                    return false;
                }
                current = list.get(i);
            } else if (segment instanceof String key && current instanceof Map<?, ?> map && map.containsKey(key)) {
                current = map.get(key);
            } else {
                return false;
            }
        }
        return true;
    }

    /** The path with every index as an Integer, so it can be compared and used as a map key. */
    static List<Object> normalize(List<?> path) {
        List<Object> normal = new ArrayList<>(path.size());
        for (Object segment : path) {
            normal.add(segment instanceof Number n ? (Object) n.intValue() : String.valueOf(segment));
        }
        return List.copyOf(normal);
    }
}
