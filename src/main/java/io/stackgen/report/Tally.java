package io.stackgen.report;

import io.stackgen.lint.Finding;
import io.stackgen.lint.LintResult;
import io.stackgen.lint.Severity;
import java.util.EnumMap;
import java.util.Map;

/** The counts a report summary shows. */
record Tally(Map<Severity, Integer> bySeverity, int findings, int suppressed, int notices, int objects) {

    static Tally of(LintResult result) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, 0);
        }
        for (Finding finding : result.findings()) {
            counts.merge(finding.severity(), 1, Integer::sum);
        }
        return new Tally(counts, result.findings().size(), result.suppressed().size(), result.notices().size(),
                result.objects());
    }

    /** Severities from the most to the least costly. */
    static Severity[] mostSevereFirst() {
        Severity[] all = Severity.values();
        Severity[] reversed = new Severity[all.length];
        for (int i = 0; i < all.length; i++) {
            reversed[i] = all[all.length - 1 - i];
        }
        return reversed;
    }
}
