package io.stackgen.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** Field-level differences between two data trees, for readable test failures. */
public final class DataDiff {
    private DataDiff() {
    }

    public static List<String> between(Object expected, Object actual) {
        List<String> out = new ArrayList<>();
        diff("", expected, actual, out);
        return out;
    }

    private static void diff(String path, Object expected, Object actual, List<String> out) {
        if (expected instanceof Map<?, ?> e && actual instanceof Map<?, ?> a) {
            TreeSet<String> keys = new TreeSet<>();
            e.keySet().forEach(k -> keys.add(String.valueOf(k)));
            a.keySet().forEach(k -> keys.add(String.valueOf(k)));
            for (String key : keys) {
                diff(path + "." + key, e.get(key), a.get(key), out);
            }
        } else if (expected instanceof List<?> e && actual instanceof List<?> a && e.size() == a.size()) {
            for (int i = 0; i < e.size(); i++) {
                diff(path + "[" + i + "]", e.get(i), a.get(i), out);
            }
        } else if (!Objects.equals(normal(expected), normal(actual))) {
            out.add(path + ": expected <" + expected + "> but was <" + actual + ">");
        }
    }

    private static Object normal(Object value) {
        return value instanceof Number n && !(value instanceof Double || value instanceof Float) ? n.longValue() : value;
    }
}
