package io.stackgen.cli;

import io.stackgen.lint.Finding;
import io.stackgen.lint.LintResult;
import io.stackgen.report.Report;
import io.stackgen.report.ReportOptions;
import java.io.IOException;

/** MERGE: delete; a stand-in so that the lint command runs before the report package's text report lands. */
final class InterimTextReport implements Report {
    @Override
    public String name() {
        return "text";
    }

    @Override
    public void write(LintResult result, ReportOptions options, Appendable out) throws IOException {
        for (Finding f : result.findings()) {
            out.append(f.position().toString()).append(": ").append(f.severity().label()).append(' ')
                    .append(f.ruleId()).append(": ").append(f.message()).append(" [").append(f.object().toString())
                    .append(f.path().isEmpty() ? "" : " " + f.path()).append("]\n");
        }
        for (LintResult.Notice n : result.notices()) {
            out.append("warning: ").append(n.where()).append(": ").append(n.message()).append('\n');
        }
        out.append(String.valueOf(result.findings().size())).append(" findings, ")
                .append(String.valueOf(result.suppressed().size())).append(" suppressed, in ")
                .append(String.valueOf(result.objects())).append(" objects\n");
    }
}
