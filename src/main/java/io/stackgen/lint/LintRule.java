package io.stackgen.lint;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A rule's documentation, kept on the rule's class so that {@code stackgen rules}, reports and the README table
 * are generated from one place.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface LintRule {
    /** Stable id, e.g. {@code DS01}; a retired id is never reused. */
    String id();

    /** One line saying what is wrong, e.g. "Signer with several replicas sharing one key". */
    String title();

    /** The default severity; a rule may report some findings lower or higher (RULES.md "critical / high"). */
    Severity severity();

    Family family();

    /** Why this costs money or availability, in a few sentences. */
    String rationale();

    /** What to change in the manifest or values. */
    String fix();

    /** Links to the documentation or incidents behind the rule. */
    String[] references() default {};
}
