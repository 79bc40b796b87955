package io.stackgen.lint.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Null-safe reads from the plain map/list trees that objects are made of. */
public final class Tree {
    private Tree() {
    }

    /** The value at {@code path} (map keys and list indexes), or empty when any step is missing. */
    public static Optional<Object> at(Object root, List<?> path) {
        return Optional.ofNullable(value(root, path));
    }

    /** The value at {@code path}, or null: the lookups below run for every field rules read, so they make no Optional. */
    private static Object value(Object root, List<?> path) {
        Object current = root;
        for (int s = 0, n = path.size(); s < n && current != null; s++) {
            Object step = path.get(s);
            if (current instanceof Map<?, ?> map && !(step instanceof Integer)) {
                current = map.get(step);
            } else if (current instanceof List<?> list && step instanceof Integer i && i >= 0 && i < list.size()) {
                current = list.get(i);
            } else {
                return null;
            }
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object root, List<?> path) {
        return value(root, path) instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    public static List<?> list(Object root, List<?> path) {
        return value(root, path) instanceof List<?> list ? list : List.of();
    }

    /** The scalar at {@code path} as text, or empty. */
    public static Optional<String> text(Object root, List<?> path) {
        Object value = value(root, path);
        return value == null || value instanceof Map || value instanceof List ? Optional.empty() : Optional.of(String.valueOf(value));
    }

    public static Optional<Long> number(Object root, List<?> path) {
        return value(root, path) instanceof Number n ? Optional.of(n.longValue()) : Optional.empty();
    }

    /** {@code base} followed by {@code more}, for building finding paths. */
    public static List<Object> path(List<?> base, Object... more) {
        Object[] steps = new Object[base.size() + more.length];
        for (int i = 0; i < base.size(); i++) {
            steps[i] = Objects.requireNonNull(base.get(i));
        }
        for (int i = 0; i < more.length; i++) {
            steps[base.size() + i] = Objects.requireNonNull(more[i]);
        }
        return Collections.unmodifiableList(Arrays.asList(steps)); // one copy: paths are built for every item read
    }
}
