package io.stackgen.lint.rules.net;

import io.stackgen.lint.Rule;
import java.util.List;

/** The NET family, in id order. */
public final class ExposureRules {
    private ExposureRules() {
    }

    public static List<Rule> all() {
        return List.of();
    }
}
