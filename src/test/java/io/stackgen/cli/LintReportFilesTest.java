package io.stackgen.cli;

import io.stackgen.common.AtomicFiles;
import static org.assertj.core.api.Assertions.assertThat;

import io.stackgen.support.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --format NAME[=FILE]: several reports in one run, each file written whole or not at all. */
class LintReportFilesTest {
    @TempDir
    Path tmp;

    private String manifest() throws IOException {
        Path file = tmp.resolve("app.yaml");
        Files.writeString(file, LintCommandTest.MANIFEST);
        return file.toString();
    }

    @Test
    void severalReportsGoToTheirFilesAndOneToStandardOutput() throws IOException {
        Path report = tmp.resolve("reports/nested/other.txt");

        CliRun run = LintCli.in(tmp).run("lint", manifest(), "--format", "other=" + report, "--format", "text=-");

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(1);
        assertThat(run.out()).startsWith("report text colour=false\n").contains("finding TST02 high");
        assertThat(Files.readString(report)).startsWith("report other colour=false\n")
                .isEqualTo(run.out().replace("report text", "report other"));
        assertThat(run.err()).isEmpty();
        try (Stream<Path> files = Files.list(report.getParent())) {
            assertThat(files).containsExactly(report);
        }
    }

    @Test
    void anExistingReportIsReplacedWhole() throws IOException {
        Path report = tmp.resolve("lint.txt");
        Files.writeString(report, "x".repeat(100_000));

        CliRun run = LintCli.in(tmp).run("lint", manifest(), "--format", "text=" + report);

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(1);
        assertThat(Files.readString(report)).startsWith("report text").doesNotContain("xxxx");
    }

    @Test
    void aFailingReportLeavesEveryFileAsItWasAndNoTemporaryFiles() throws IOException {
        Path text = tmp.resolve("out/text.txt");
        Path broken = tmp.resolve("out/broken.txt");
        Files.createDirectories(text.getParent());
        Files.writeString(text, "previous text report\n");
        Files.writeString(broken, "previous broken report\n");

        CliRun run = LintCli.in(tmp).run("lint", manifest(), "--format", "text=" + text, "--format", "broken=" + broken);

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(3);
        assertThat(run.err()).contains("report broken failed");
        assertThat(Files.readString(text)).isEqualTo("previous text report\n");
        assertThat(Files.readString(broken)).isEqualTo("previous broken report\n");
        try (Stream<Path> files = Files.list(text.getParent())) {
            assertThat(files).containsExactlyInAnyOrder(text, broken);
        }
    }

    @Test
    void anUnwritableTargetIsABadInput() throws IOException {
        Path blocker = tmp.resolve("file");
        Files.writeString(blocker, "not a folder");

        CliRun run = LintCli.in(tmp).run("lint", manifest(), "--format", "text=" + blocker.resolve("report.txt"));

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: " + blocker.resolve("report.txt") + ": cannot write: " + blocker + " is a file, not a folder");
    }

    @Test
    void atomicFileWritesCompleteContentAndLeavesNothingElse() throws IOException {
        Path target = tmp.resolve("a.txt");
        String big = "line\n".repeat(200_000);

        AtomicFiles.write(target, big);
        AtomicFiles.write(target, "short\n");

        assertThat(Files.readString(target)).isEqualTo("short\n");
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files).containsExactly(target);
        }
    }
}
