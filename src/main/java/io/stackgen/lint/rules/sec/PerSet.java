package io.stackgen.lint.rules.sec;

import io.stackgen.lint.LintSet;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Function;

/**
 * Something computed from a whole set once and shared by the rules that read it (several SEC rules read the same
 * config files and command lines). Held weakly by the set, so it goes when the set goes; safe to share between
 * threads, since the value is computed from the set alone and not changed afterwards.
 */
final class PerSet<T> {
    private final Map<LintSet, T> values = Collections.synchronizedMap(new WeakHashMap<>());
    private final Function<LintSet, T> compute;

    PerSet(Function<LintSet, T> compute) {
        this.compute = compute;
    }

    T of(LintSet set) {
        T value = values.get(set);
        if (value == null) {
            value = compute.apply(set); // outside the lock: two threads may both compute, one result is kept
            T earlier = values.putIfAbsent(set, value);
            return earlier == null ? value : earlier;
        }
        return value;
    }
}
