package io.stackgen.cli;

import io.stackgen.lint.Finding;
import io.stackgen.lint.LintResult;
import io.stackgen.lint.RuleMetadata;
import io.stackgen.report.Report;
import io.stackgen.report.ReportOptions;
import java.io.IOException;

/** A plain report of everything in a result, one line per item, for tests of the lint command. */
record TestReport(String name) implements Report {

    @Override
    public void write(LintResult result, ReportOptions options, Appendable out) throws IOException {
        out.append("report ").append(name).append(" colour=").append(String.valueOf(options.colour())).append('\n');
        for (Finding f : result.findings()) {
            out.append("finding ").append(describe(f)).append('\n');
        }
        for (LintResult.Suppressed s : result.suppressed()) {
            out.append("suppressed ").append(describe(s.finding())).append(" reason=").append(s.reason())
                    .append(" by=").append(s.suppressedBy()).append('\n');
        }
        for (LintResult.Notice n : result.notices()) {
            out.append("notice ").append(n.where()).append(": ").append(n.message()).append('\n');
        }
        out.append("objects ").append(String.valueOf(result.objects())).append(" rules ")
                .append(String.join(",", result.rules().stream().map(RuleMetadata::id).toList())).append('\n');
    }

    private static String describe(Finding f) {
        return f.ruleId() + " " + f.severity().label() + " " + f.position() + " " + f.object()
                + (f.path().isEmpty() ? "" : " " + f.path()) + (f.template() == null ? "" : " template=" + f.template());
    }
}
