package io.stackgen.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.stackgen.lint.LintEngine;
import io.stackgen.lint.LintResult;
import io.stackgen.lint.LintSet;
import io.stackgen.lint.RuleCatalog;
import io.stackgen.manifest.ManifestObject;
import io.stackgen.manifest.ManifestReader;
import io.stackgen.report.Report;
import io.stackgen.report.ReportOptions;
import io.stackgen.report.Reports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Timeout;

/**
 * Manifest bytes through what {@code stackgen lint FILE} does with them: read the documents, run every rule and
 * write every report format. Bytes are decoded leniently (the CLI refuses non-UTF-8 before this point).
 * Seeds: LintFuzzTestInputs/lint/.
 */
class LintFuzzTest {
    private static final String FILE = "manifests.yaml";
    private static final LintEngine ENGINE = new LintEngine(RuleCatalog.all(), List.of(), Clock.systemUTC());
    private static final List<Report> REPORTS = Reports.names().stream().map(name -> Reports.byName(name).orElseThrow()).toList();
    private static final ReportOptions OPTIONS = new ReportOptions(false, "0.0.0-fuzz", Path.of("").toAbsolutePath());

    @FuzzTest
    @Timeout(10)
    void lint(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        Refusal.returnsOrRefuses(() -> {
            List<ManifestObject> objects = ManifestReader.read(FILE, text);
            LintResult result = ENGINE.lint(LintSet.of(objects, "default"));
            for (Report report : REPORTS) {
                write(report, result);
            }
        });
    }

    private static void write(Report report, LintResult result) {
        try {
            report.write(result, OPTIONS, new StringBuilder());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
