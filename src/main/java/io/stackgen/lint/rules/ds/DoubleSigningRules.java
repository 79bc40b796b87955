package io.stackgen.lint.rules.ds;

import io.stackgen.lint.Rule;
import java.util.List;

/** The DS family, in id order. */
public final class DoubleSigningRules {
    private static final List<Rule> ALL = List.of(
            new ReplicatedSignerRule(),
            new SignerOutsideStatefulSetRule(),
            new AutoscaledSignerRule(),
            new NonDurableSignerStateRule(),
            new DeletedSignerClaimsRule(),
            new SharedSignerClaimRule(),
            new SharedSignerKeyRule(),
            new ProtectionOffRule(),
            new ShortSignerGracePeriodRule(),
            new RestoredSignerStateRule(),
            new SyncLivenessProbeRule(),
            new SharedNodeKeyRule(),
            new ThresholdSignerQuorumRule(),
            new LineraTopologyRule(),
            new HotKeySenderRule());

    private DoubleSigningRules() {
    }

    public static List<Rule> all() {
        return ALL;
    }
}
