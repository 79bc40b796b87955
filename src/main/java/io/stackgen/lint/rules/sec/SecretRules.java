package io.stackgen.lint.rules.sec;

import io.stackgen.lint.Rule;
import java.util.List;

/** The SEC family, in id order. */
public final class SecretRules {
    private SecretRules() {
    }

    public static List<Rule> all() {
        return List.of(
                new KeyMaterialInConfigMapRule(),
                new LiteralEnvSecretRule(),
                new SecretNamedConfigKeyRule(),
                new InlineSecretDataRule(),
                new SecretInArgsRule(),
                new WellKnownDevKeyRule());
    }
}
