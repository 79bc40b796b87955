package io.stackgen.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Wraps plain data in strict views for templates, and unwraps template values back to plain data. */
public final class StrictValues {
    private StrictValues() {
    }

    public static Object wrap(Object value, String path) {
        return wrap(value, () -> path);
    }

    /** @param path spelled only for a map or list that gets a view: templates read many more scalars */
    @SuppressWarnings("unchecked")
    static Object wrap(Object value, Supplier<String> path) {
        if (value instanceof StrictMap || value instanceof StrictList) {
            return value;
        }
        if (value instanceof Map<?, ?> map) {
            return new StrictMap((Map<String, Object>) map, path.get());
        }
        if (value instanceof List<?> list) {
            return new StrictList((List<Object>) list, path.get());
        }
        return value;
    }

    /** Plain maps, lists and scalars, whatever mix of views and template-made objects came in. */
    public static Object unwrap(Object value) {
        if (value instanceof StrictMap strict) {
            return unwrap(strict.unwrap());
        }
        if (value instanceof StrictList strict) {
            return unwrap(strict.unwrap());
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> plain = new LinkedHashMap<>();
            map.forEach((k, v) -> plain.put(String.valueOf(k), unwrap(v)));
            return plain;
        }
        if (value instanceof List<?> list) {
            List<Object> plain = new ArrayList<>(list.size());
            list.forEach(v -> plain.add(unwrap(v)));
            return plain;
        }
        return value;
    }
}
