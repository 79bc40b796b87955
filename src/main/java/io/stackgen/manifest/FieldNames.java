package io.stackgen.manifest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One shared copy of each short mapping key read ({@code metadata}, {@code name}, {@code containerPort}...).
 * A large manifest set repeats a few hundred key names a million times; sharing them keeps the objects smaller and
 * lets every field lookup of the linter compare identical, cache-resident strings instead of chasing a copy per
 * object. Bounded, so that a hostile input of endless distinct keys cannot grow it without end.
 */
final class FieldNames {
    private static final int MAX_LENGTH = 64;
    private static final int MAX_NAMES = 8_192;
    private static final Map<String, String> NAMES = new ConcurrentHashMap<>();

    private FieldNames() {
    }

    static String shared(String name) {
        if (name.length() > MAX_LENGTH) {
            return name;
        }
        String known = NAMES.get(name);
        if (known != null) {
            return known;
        }
        if (NAMES.size() >= MAX_NAMES) {
            return name;
        }
        String first = NAMES.putIfAbsent(name, name);
        return first != null ? first : name;
    }
}
