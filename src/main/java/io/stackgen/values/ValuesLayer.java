package io.stackgen.values;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One source of user values: a values file or a single --set style flag. Knows where each value it
 * defines came from.
 */
public final class ValuesLayer {
    private final String description;
    private final Map<String, Object> tree;
    private final Map<List<Object>, String> origins;

    ValuesLayer(String description, Map<String, Object> tree, Map<List<Object>, String> origins) {
        this.description = description;
        this.tree = tree;
        this.origins = Map.copyOf(origins);
    }

    /** A layer whose every value came from one flag, e.g. {@code --set a.b=1}. */
    static ValuesLayer ofFlag(String flagText, Map<String, Object> tree) {
        Map<List<Object>, String> origins = new HashMap<>();
        collectPaths(tree, new ArrayList<>(), flagText, origins);
        return new ValuesLayer(flagText, tree, origins);
    }

    private static void collectPaths(Object value, List<Object> path, String origin, Map<List<Object>, String> out) {
        if (!path.isEmpty()) {
            out.put(List.copyOf(path), origin);
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                path.add(String.valueOf(k));
                collectPaths(v, path, origin, out);
                path.remove(path.size() - 1);
            });
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                // Nulls a flag puts in a list only pad it up to the index it sets.
                if (list.get(i) != null) {
                    path.add(i);
                    collectPaths(list.get(i), path, origin, out);
                    path.remove(path.size() - 1);
                }
            }
        }
    }

    /** The file name, or the flag as typed for a --set style layer. */
    public String description() {
        return description;
    }

    /** The values of this layer alone; treat as read-only. */
    public Map<String, Object> tree() {
        return Collections.unmodifiableMap(tree);
    }

    /** {@code file:line:col} (or the flag text) of the value at {@code path} if this layer defines it. */
    public Optional<String> originOf(List<?> path) {
        return Optional.ofNullable(origins.get(ValuesPath.normalize(path)));
    }

    @Override
    public String toString() {
        return description;
    }
}
