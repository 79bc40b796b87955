package io.stackgen.values;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Helm's CoalesceValues (non-merge mode): user values over chart defaults. User values win, maps
 * merge recursively, a user null deletes the key.
 */
public final class Coalescer {
    private Coalescer() {}

    /** The coalesced values (a new tree; the inputs are not modified) and Helm's warnings. */
    public record Coalesced(Map<String, Object> values, List<String> warnings) {}

    public static Coalesced coalesce(Map<String, Object> chartDefaults, Map<String, Object> userValues) {
        return coalesce(chartDefaults, userValues, List.of());
    }

    /** As {@link #coalesce(Map, Map)} for a subchart's scope: warnings name paths below {@code scope}. */
    public static Coalesced coalesce(Map<String, Object> chartDefaults, Map<String, Object> userValues, List<?> scope) {
        List<String> warnings = new ArrayList<>();
        Map<String, Object> values = coalesceTables(userValues, chartDefaults, new ArrayList<>(scope), warnings);
        return new Coalesced(values, List.copyOf(warnings));
    }

    private static Map<String, Object> coalesceTables(Map<String, Object> user, Map<String, Object> defaults,
                                                      List<Object> path, List<String> warnings) {
        Map<String, Object> out = new LinkedHashMap<>();
        defaults.forEach((key, defaultValue) -> {
            if (!user.containsKey(key)) {
                out.put(key, Trees.deepCopy(defaultValue));
                return;
            }
            Object userValue = user.get(key);
            if (userValue == null) {
                return;
            }
            path.add(key);
            if (userValue instanceof Map<?, ?> userMap && defaultValue instanceof Map<?, ?> defaultMap) {
                out.put(key, coalesceTables(Trees.asMap(userMap), Trees.asMap(defaultMap), path, warnings));
            } else {
                if (defaultValue instanceof Map<?, ?>) {
                    warnings.add("warning: cannot overwrite table with non table for " + ValuesPath.render(path)
                            + " (" + goFormat(defaultValue) + ")");
                } else if (userValue instanceof Map<?, ?> && defaultValue != null) {
                    warnings.add("warning: destination for " + ValuesPath.render(path)
                            + " is a table. Ignoring non-table value (" + goFormat(defaultValue) + ")");
                }
                out.put(key, withoutNulls(userValue));
            }
            path.remove(path.size() - 1);
        });
        user.forEach((key, userValue) -> {
            if (!defaults.containsKey(key) && userValue != null) {
                out.put(key, withoutNulls(userValue));
            }
        });
        return out;
    }

    /** A deep copy of a user value; nulls inside its maps are dropped, as Helm does when coalescing. */
    private static Object withoutNulls(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> {
                if (v != null) {
                    copy.put(String.valueOf(k), withoutNulls(v));
                }
            });
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(item -> copy.add(Trees.deepCopy(item)));
            return copy;
        }
        return value;
    }

    /** Go's %v for the values in Helm's warnings: maps as map[k:v] with sorted keys, lists as [a b]. */
    static String goFormat(Object value) {
        if (value == null) {
            return "<nil>";
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("map[");
            new TreeMap<>(map).forEach((k, v) -> {
                if (out.length() > 4) {
                    out.append(' ');
                }
                out.append(k).append(':').append(goFormat(v));
            });
            return out.append(']').toString();
        }
        if (value instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            list.forEach(item -> items.add(goFormat(item)));
            return "[" + String.join(" ", items) + "]";
        }
        return String.valueOf(value);
    }
}
