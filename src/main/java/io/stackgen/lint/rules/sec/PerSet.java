package io.stackgen.lint.rules.sec;

import io.stackgen.lint.LintSet;
import java.util.function.Function;

/**
 * Something computed from a whole set once and shared by the rules that read it (several SEC rules read the same
 * config files and command lines). Kept by the set ({@link LintSet#shared}), so it goes when the set goes.
 */
final class PerSet<T> {
    private final Function<LintSet, T> compute;

    PerSet(Function<LintSet, T> compute) {
        this.compute = compute;
    }

    T of(LintSet set) {
        return set.shared(this, compute);
    }
}
