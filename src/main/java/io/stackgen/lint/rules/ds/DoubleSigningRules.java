package io.stackgen.lint.rules.ds;

import io.stackgen.lint.Rule;
import java.util.List;

/** The DS family, in id order. */
public final class DoubleSigningRules {
    private DoubleSigningRules() {
    }

    public static List<Rule> all() {
        return List.of();
    }
}
