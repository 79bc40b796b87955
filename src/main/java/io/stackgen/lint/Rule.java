package io.stackgen.lint;

/**
 * One lint rule. Implementations are annotated with {@link LintRule}, are stateless and thread-safe, and look at
 * the whole linted set, so that cross-object rules (a key in two signers, a host in an Ingress and a route) are
 * written the same way as single-object ones.
 */
public interface Rule {
    void check(LintSet set, FindingSink findings);

    default RuleMetadata metadata() {
        return RuleMetadata.of(getClass());
    }
}
