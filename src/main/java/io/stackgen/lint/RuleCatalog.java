package io.stackgen.lint;

import io.stackgen.lint.rules.ds.DoubleSigningRules;
import io.stackgen.lint.rules.hyg.HygieneRules;
import io.stackgen.lint.rules.net.ExposureRules;
import io.stackgen.lint.rules.sec.SecretRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every rule stackgen ships, family by family in RULES.md order. */
public final class RuleCatalog {
    private static final List<Rule> ALL = collect();

    private RuleCatalog() {
    }

    public static List<Rule> all() {
        return ALL;
    }

    public static Optional<Rule> byId(String id) {
        return ALL.stream().filter(r -> r.metadata().id().equalsIgnoreCase(id)).findFirst();
    }

    private static List<Rule> collect() {
        List<Rule> rules = new ArrayList<>();
        rules.addAll(DoubleSigningRules.all());
        rules.addAll(SecretRules.all());
        rules.addAll(ExposureRules.all());
        rules.addAll(HygieneRules.all());
        return List.copyOf(rules);
    }
}
