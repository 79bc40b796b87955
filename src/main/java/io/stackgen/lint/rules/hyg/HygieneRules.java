package io.stackgen.lint.rules.hyg;

import io.stackgen.lint.Rule;
import java.util.List;

/** The HYG family, in id order. */
public final class HygieneRules {
    private HygieneRules() {
    }

    public static List<Rule> all() {
        return List.of();
    }
}
