package io.stackgen.values;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a parent chart hands one of its subcharts, as Helm's coalesceDeps does. The subchart's input is
 * the parent's input under the subchart's key laid over the parent's values.yaml under that key, with
 * nulls kept (so a null deletes a default of the subchart itself, which is coalesced next). The
 * parent's {@code global} map is then copied into the input's {@code global}, the parent winning.
 */
public final class SubchartValues {
    public static final String GLOBAL = "global";

    private SubchartValues() {
    }

    /**
     * The values under {@code key} for the subchart (a new tree), or empty when what is there is not a
     * map (Helm: "type mismatch"). Nothing there, or null, is an empty map.
     */
    public static Optional<Map<String, Object>> input(String key, Map<String, Object> parentInput,
                                                      Map<String, Object> parentDefaults) {
        Object lower = parentDefaults.get(key);
        if (!parentInput.containsKey(key)) {
            return lower == null ? Optional.of(new LinkedHashMap<>()) : asTable(lower).map(Trees::deepCopyMap);
        }
        Object higher = parentInput.get(key);
        if (higher == null) {
            return Optional.of(new LinkedHashMap<>());
        }
        Optional<Map<String, Object>> table = asTable(higher);
        if (table.isPresent() && lower instanceof Map<?, ?> lowerMap) {
            return Optional.of(mergeKeepingNulls(table.get(), Trees.asMap(lowerMap)));
        }
        return table.map(Trees::deepCopyMap);
    }

    /**
     * Helm's coalesceGlobals: every key of {@code parentValues.global} is copied into
     * {@code child.global}; maps merge with the parent's entries winning, anything else replaces.
     *
     * @param scope the child's path from the release root, for warnings
     */
    public static void inheritGlobals(Map<String, Object> child, Map<String, Object> parentValues, List<?> scope,
                                      List<String> warnings) {
        Object parentGlobal = parentValues.get(GLOBAL);
        Object childGlobal = child.get(GLOBAL);
        if (parentGlobal != null && !(parentGlobal instanceof Map<?, ?>)) {
            warnings.add("warning: skipping globals because " + GLOBAL + " is not a table");
            return;
        }
        if (childGlobal != null && !(childGlobal instanceof Map<?, ?>)) {
            warnings.add("warning: skipping globals because " + path(scope, GLOBAL) + " is not a table");
            return;
        }
        Map<String, Object> merged = childGlobal == null ? new LinkedHashMap<>() : Trees.asMap(childGlobal);
        if (parentGlobal != null) {
            Trees.asMap(parentGlobal).forEach((key, value) -> copyGlobal(merged, key, value, scope, warnings));
        }
        child.put(GLOBAL, merged);
    }

    private static void copyGlobal(Map<String, Object> into, String key, Object value, List<?> scope,
                                   List<String> warnings) {
        Object existing = into.get(key);
        if (value instanceof Map<?, ?> map) {
            if (existing == null) {
                into.put(key, Trees.deepCopyMap(map));
            } else if (existing instanceof Map<?, ?> existingMap) {
                into.put(key, mergeKeepingNulls(Trees.asMap(map), Trees.asMap(existingMap)));
            } else {
                warnings.add("warning: cannot merge map onto non-map for " + path(scope, GLOBAL, key) + ", skipping");
            }
        } else if (existing instanceof Map<?, ?>) {
            warnings.add("warning: " + path(scope, GLOBAL, key) + " is a table, skipping the parent's non-table value");
        } else {
            into.put(key, Trees.deepCopy(value));
        }
    }

    /** A new tree: {@code higher} over {@code lower}, maps merged, anything else (null too) from {@code higher}. */
    static Map<String, Object> mergeKeepingNulls(Map<String, Object> higher, Map<String, Object> lower) {
        Map<String, Object> out = Trees.deepCopyMap(lower);
        higher.forEach((key, value) -> {
            Object existing = out.get(key);
            out.put(key, value instanceof Map<?, ?> map && existing instanceof Map<?, ?> existingMap
                    ? mergeKeepingNulls(Trees.asMap(map), Trees.asMap(existingMap))
                    : Trees.deepCopy(value));
        });
        return out;
    }

    private static Optional<Map<String, Object>> asTable(Object value) {
        return value instanceof Map<?, ?> map ? Optional.of(Trees.asMap(map)) : Optional.empty();
    }

    private static String path(List<?> scope, Object... rest) {
        List<Object> full = new ArrayList<>(scope);
        full.addAll(List.of(rest));
        return ValuesPath.render(full);
    }
}
