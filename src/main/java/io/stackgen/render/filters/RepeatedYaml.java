package io.stackgen.render.filters;

import io.stackgen.common.YamlWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code toyaml} that remembers what it wrote: the releases of a fleet dump the same blocks of one chart's values
 * (resources, security contexts, probes, labels) over and over. Only plain data is remembered (maps, lists, strings,
 * numbers, booleans), which is equal exactly when it is written the same; the inputs are the filter's own copies,
 * never changed afterwards. The text kept is bounded.
 */
final class RepeatedYaml {
    static final long MAX_CHARS = 8L * 1024 * 1024;

    private final Map<Object, String> written = new ConcurrentHashMap<>();
    private final AtomicLong chars = new AtomicLong();

    /** @param plain a copy that nobody else holds ({@link NamedFilter#plain}) */
    String write(Object plain) {
        if (plain == null || !isPlain(plain)) {
            return YamlWriter.write(plain);
        }
        String text = written.get(plain);
        if (text == null) {
            text = YamlWriter.write(plain);
            if (chars.addAndGet(text.length()) <= MAX_CHARS) {
                written.putIfAbsent(plain, text);
            }
        }
        return text;
    }

    private static boolean isPlain(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Long
                || value instanceof Integer || value instanceof Double || value instanceof BigDecimal
                || value instanceof BigInteger) {
            return true;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String) || !isPlain(entry.getValue())) {
                    return false;
                }
            }
            return true;
        }
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (!isPlain(item)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
