package io.stackgen.lint;

import java.util.List;

/**
 * What one lint run found, handed to the reports.
 *
 * @param rules      the rules that ran (enabled ones), for report metadata
 * @param findings   findings not suppressed, in input order then rule id
 * @param suppressed findings a suppression silenced, with its reason
 * @param notices    problems with the run's own configuration, shown as warnings: a suppression without a
 *                   reason, one that expired, one that matched nothing
 * @param objects    how many objects were linted
 */
public record LintResult(List<RuleMetadata> rules, List<Finding> findings, List<Suppressed> suppressed,
                         List<Notice> notices, int objects) {

    /** A finding and the suppression that silenced it. */
    public record Suppressed(Finding finding, String reason, String suppressedBy) {
    }

    /**
     * A warning about the run's configuration.
     *
     * @param where e.g. {@code .stackgen.yaml:12:5} or the object's position for an annotation
     */
    public record Notice(String where, String message) {
    }
}
