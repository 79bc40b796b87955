package io.stackgen.cli;

import io.stackgen.common.AtomicFiles;
import io.stackgen.lint.LintEngine;
import io.stackgen.lint.LintResult;
import io.stackgen.lint.LintSet;
import io.stackgen.lint.RuleSelection;
import io.stackgen.lint.Suppression;
import io.stackgen.report.ReportOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Lints sets with checked {@link LintOptions}: writes every report, the summary, and gives the exit code. */
record Linter(LintEnvironment environment, RuleSelection rules, List<Suppression> suppressions, List<ReportTarget> targets,
              FailOn threshold) {

    /** @return {@link Main#EXIT_FINDINGS} when a finding reaches --fail-on, else {@link Main#EXIT_OK} */
    int lint(List<LintSet> sets, PrintWriter out, PrintWriter err) {
        LintResult result = new LintEngine(rules, suppressions, environment.clock()).lint(sets);
        write(result, out);
        if (targets.stream().noneMatch(ReportTarget::toStdout)) {
            result.notices().forEach(n -> err.println("warning: " + n.where() + ": " + n.message()));
            err.println(summary(result));
        }
        err.flush();
        return threshold.fails(result.findings()) ? Main.EXIT_FINDINGS : Main.EXIT_OK;
    }

    /**
     * Every report is made in memory first and the files are written all or nothing, before standard output: a
     * failing report or file leaves no file half-written or changed and prints no report.
     */
    private void write(LintResult result, PrintWriter out) {
        Map<ReportTarget, String> texts = new LinkedHashMap<>();
        for (ReportTarget target : targets) {
            ReportOptions options = new ReportOptions(target.toStdout() && environment.colourTerminal(),
                    StackgenVersion.number(), environment.workingDirectory());
            StringBuilder text = new StringBuilder();
            try {
                target.report().write(result, options, text);
            } catch (IOException e) {
                throw new UncheckedIOException("report " + target.report().name() + " failed", e);
            }
            texts.put(target, text.toString());
        }
        Map<Path, byte[]> files = new LinkedHashMap<>();
        texts.forEach((target, text) -> target.file().ifPresent(f -> files.put(f, text.getBytes(StandardCharsets.UTF_8))));
        AtomicFiles.writeAll(files);
        texts.forEach((target, text) -> {
            if (target.toStdout()) {
                out.print(text);
                out.flush();
            }
        });
    }

    private static String summary(LintResult result) {
        return "stackgen lint: " + result.findings().size() + " finding(s), " + result.suppressed().size()
                + " suppressed, " + result.notices().size() + " notice(s), in " + result.objects() + " object(s)";
    }
}
