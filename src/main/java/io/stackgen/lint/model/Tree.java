package io.stackgen.lint.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Null-safe reads from the plain map/list trees that objects are made of. */
public final class Tree {
    private Tree() {
    }

    /** The value at {@code path} (map keys and list indexes), or empty when any step is missing. */
    public static Optional<Object> at(Object root, List<?> path) {
        Object current = root;
        for (Object step : path) {
            if (current instanceof Map<?, ?> map && !(step instanceof Integer)) {
                current = map.get(step);
            } else if (current instanceof List<?> list && step instanceof Integer i && i >= 0 && i < list.size()) {
                current = list.get(i);
            } else {
                return Optional.empty();
            }
            if (current == null) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(current);
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object root, List<?> path) {
        return at(root, path).filter(Map.class::isInstance).map(m -> (Map<String, Object>) m).orElse(Map.of());
    }

    public static List<?> list(Object root, List<?> path) {
        return at(root, path).filter(List.class::isInstance).map(l -> (List<?>) l).orElse(List.of());
    }

    /** The scalar at {@code path} as text, or empty. */
    public static Optional<String> text(Object root, List<?> path) {
        return at(root, path).filter(v -> !(v instanceof Map) && !(v instanceof List)).map(String::valueOf);
    }

    public static Optional<Long> number(Object root, List<?> path) {
        return at(root, path).filter(Number.class::isInstance).map(n -> ((Number) n).longValue());
    }

    /** {@code base} followed by {@code more}, for building finding paths. */
    public static List<Object> path(List<?> base, Object... more) {
        ArrayList<Object> path = new ArrayList<>(base);
        path.addAll(List.of(more));
        return List.copyOf(path);
    }
}
