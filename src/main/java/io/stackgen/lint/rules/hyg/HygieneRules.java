package io.stackgen.lint.rules.hyg;

import io.stackgen.lint.Rule;
import java.util.List;

/** The HYG family, in id order. */
public final class HygieneRules {
    private static final List<Rule> ALL = List.of(
            new MutableImageTagRule(),
            new MissingResourceRequestsRule(),
            new StorageClaimRule(),
            new MissingProbesRule(),
            new SecurityContextGapsRule(),
            new HostNetworkingRule(),
            new DisruptionToleranceRule(),
            new UnisolatedSensitivePortsRule(),
            new DanglingServiceMonitorRule(),
            new DanglingServiceRule(),
            new StrictSchemaRule());

    private HygieneRules() {
    }

    public static List<Rule> all() {
        return ALL;
    }
}
