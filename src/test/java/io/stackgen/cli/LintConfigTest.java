package io.stackgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackgen.support.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Suppressions from .stackgen.yaml and annotations, through the whole command. */
class LintConfigTest {
    @TempDir
    Path tmp;

    private Path write(String relative, String text) throws IOException {
        Path file = tmp.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private Path manifest() throws IOException {
        return write("deploy/app.yaml", LintCommandTest.MANIFEST);
    }

    private static List<String> lines(CliRun run, String prefix) {
        return run.out().lines().filter(l -> l.startsWith(prefix)).toList();
    }

    @Test
    void theNearestConfigAboveTheWorkingDirectoryApplies() throws IOException {
        Path app = manifest();
        write(".stackgen.yaml", """
                # accepted findings
                suppressions:
                  - rule: TST02
                    object: {kind: ConfigMap, name: "dang*"}
                    reason: renamed in the next release
                    expires: 2025-06-15
                """);
        Path workingDirectory = Files.createDirectories(tmp.resolve("deploy/sub"));

        CliRun run = LintCli.in(workingDirectory).run("lint", app.toString());

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(0);
        assertThat(lines(run, "finding ")).extracting(l -> l.split(" ")[1]).containsExactly("TST01", "TST01");
        assertThat(lines(run, "suppressed ")).containsExactly("suppressed TST02 high " + app
                + ":9:3 ConfigMap/default/danger metadata.name reason=renamed in the next release by=../../.stackgen.yaml:3:5");
        assertThat(lines(run, "notice ")).isEmpty();
    }

    @Test
    void anExpiredEntryStopsApplyingAndIsReported() throws IOException {
        Path app = manifest();
        Path config = write("lint.yaml", """
                suppressions:
                  - rule: TST02
                    object: {name: danger}
                    reason: renamed in the next release
                    expires: 2025-06-14
                """);

        CliRun run = LintCli.in(tmp).run("lint", app.toString(), "--config", config.toString());

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(1);
        assertThat(lines(run, "finding ")).extracting(l -> l.split(" ")[1]).containsExactly("TST01", "TST01", "TST02");
        assertThat(lines(run, "notice ")).containsExactly("notice " + config
                + ":2:5: suppression of TST02 for name=danger expired on 2025-06-14 and no longer applies");
    }

    @Test
    void annotationsWithoutReasonAndUnusedEntriesAreReportedOnStandardErrorWhenNoReportIsThere() throws IOException {
        Path app = write("app.yaml", """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: danger
                  annotations:
                    lint.stackgen.io/ignore.TST02: ""
                """);
        write(".stackgen.yaml", """
                suppressions:
                  - rule: TST04
                    object: {namespace: "*"}
                    reason: medium names are fine here
                """);

        CliRun run = LintCli.in(tmp).run("lint", app.toString(), "--format", "text=" + tmp.resolve("report.txt"));

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("""
                warning: .stackgen.yaml:2:5: suppression of TST04 for namespace=* matched no finding; remove it
                warning: %s:6:5: annotation lint.stackgen.io/ignore.TST02 on ConfigMap/default/danger has no reason, so \
                it suppresses nothing; write why the finding is accepted
                stackgen lint: 2 finding(s), 0 suppressed, 2 notice(s), in 1 object(s)
                """.formatted(app));
    }

    @Test
    void aBrokenConfigIsABadInputNamingEachProblem() throws IOException {
        Path app = manifest();
        Path config = write("broken.yaml", """
                suppressions:
                  - rule: tst02
                    object: {}
                    expires: 2025-02-30
                    extra: 1
                suppresion: []
                """);

        CliRun run = LintCli.in(tmp).run("lint", app.toString(), "--config", config.toString());

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).containsExactlyInAnyOrder(
                "error: " + config + ":2:5: suppressions[0].reason: required property 'reason' not found",
                "error: " + config + ":2:11: suppressions[0].rule: a rule id such as DS01 or HYG07 is expected",
                "error: " + config + ":3:13: suppressions[0].object: name at least one of kind, namespace and name (\"*\" matches any)",
                "error: " + config + ":4:14: suppressions[0].expires: a date YYYY-MM-DD is expected",
                "error: " + config + ":5:12: suppressions[0].extra: property 'extra' is not defined in the schema and the "
                        + "schema does not allow additional properties",
                "error: " + config + ":6:13: suppresion: property 'suppresion' is not defined in the schema and the "
                        + "schema does not allow additional properties");
    }

    @Test
    void aBlankReasonIsABadInputAndAMissingConfigFileToo() throws IOException {
        Path app = manifest();
        Path config = write("blank.yaml", "suppressions:\n  - rule: TST02\n    object: {name: x}\n    reason: \"  \"\n");

        CliRun blank = LintCli.in(tmp).run("lint", app.toString(), "--config", config.toString());
        CliRun missing = LintCli.in(tmp).run("lint", app.toString(), "--config", "nowhere.yaml");

        assertThat(blank.exitCode()).isEqualTo(2);
        assertThat(blank.err()).isEqualTo("error: " + config
                + ":4:13: suppressions[0].reason: a suppression needs a reason: say why the finding is accepted\n");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("error: --config nowhere.yaml: no such file\n");
    }

    @Test
    void findLooksInTheFolderAndEveryFolderAbove() throws IOException {
        Path config = write("a/.stackgen.yaml", "");
        Path deep = Files.createDirectories(tmp.resolve("a/b/c"));

        assertThat(LintConfigFile.find(deep)).contains(config);
        assertThat(LintConfigFile.find(tmp.resolve("a"))).contains(config);
    }
}
