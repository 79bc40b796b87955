package io.stackgen.hostile;

import static io.stackgen.hostile.OutputFixture.listing;
import static io.stackgen.hostile.OutputFixture.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import io.stackgen.support.CliRun;
import io.stackgen.support.Hostile;
import io.stackgen.support.RegistryCli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command that writes files writes all or nothing: a failure after part of the work was done leaves the
 * previous content exactly as it was, with no staging folder or temporary file beside it.
 */
class AtomicOutputTest {
    @TempDir
    Path temp;

    private Path chart;
    private Path out;

    @BeforeEach
    void setUp() {
        chart = OutputFixture.chart(temp.resolve("demo"), 5);
        out = temp.resolve("out");
    }

    private static void succeeds(String... args) {
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(run.describe()).isZero();
    }

    @Test
    void renderOutputDirKeepsThePreviousTreeWhenALaterTemplateFails() {
        succeeds("render", chart.toString(), "--set", "greeting=old", "-o", out.toString());
        Map<String, String> before = snapshot(out);
        assertThat(before).containsKey("demo/templates/cm-004.yaml");

        Hostile.run("render", chart.toString(), "--set", "greeting=new", "--set", "broken=true", "-o", out.toString())
                .fails(2).says("templates/zz-last.yaml.j2:1", "broken on purpose");

        assertThat(snapshot(out)).isEqualTo(before);
    }

    @Test
    void renderOutputDirIsReplacedWholeOnSuccess() {
        succeeds("render", chart.toString(), "--set", "greeting=old", "-o", out.toString());
        OutputFixture.write(out.resolve("demo/templates/stale.yaml"), "from an older chart version\n");

        succeeds("render", chart.toString(), "--set", "greeting=new", "-o", out.toString());

        assertThat(listing(out)).containsExactly("demo");
        assertThat(listing(out.resolve("demo/templates"))).doesNotContain("stale.yaml").hasSize(6);
        assertThat(out.resolve("demo/templates/cm-000.yaml")).content().contains("greeting: \"new\"");
    }

    @Test
    void fleetOutputDirKeepsEveryReleaseWhenTheSecondHasBadValues() {
        assertFailedFleetKeepsThePreviousTree(3, Map.of(1, "replicas=many"), "r001", "replicas");
    }

    @Test
    void fleetOutputDirKeepsEveryReleaseWhenATemplateFailsInTheLast() {
        assertFailedFleetKeepsThePreviousTree(4, Map.of(3, "broken=true"), "r003", "broken on purpose");
    }

    /** A fleet written once; then the same fleet with one release's values broken fails and leaves the tree alone. */
    private void assertFailedFleetKeepsThePreviousTree(int releases, Map<Integer, String> breaking, String... says) {
        Path fleet = OutputFixture.fleet(temp, chart, releases, Map.of(), "old");
        succeeds("render", "--fleet", fleet.toString(), "-o", out.toString());
        Map<String, String> before = snapshot(out);

        OutputFixture.fleet(temp, chart, releases, breaking, "new");
        Hostile.run("render", "--fleet", fleet.toString(), "-o", out.toString()).fails(2).says(says);

        assertThat(snapshot(out)).isEqualTo(before);
    }

    @Test
    void aFailedPackageLeavesThePreviousArchive() throws IOException {
        Path archive = RegistryCli.pack(out, chart.toString(), "--set", "greeting=old");
        byte[] before = Files.readAllBytes(archive);

        Hostile.run("package", chart.toString(), "--set", "broken=true", "-d", out.toString()).fails(2).says("broken on purpose");

        assertThat(archive).hasBinaryContent(before);
        assertThat(listing(out)).containsExactly(archive.getFileName().toString());
    }

    @Test
    void lintReportsAreAllWrittenOrNoneWhenOneFileCannotBe() throws IOException {
        Path manifest = OutputFixture.write(temp.resolve("in.yaml"),
                "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  namespace: y\ndata:\n  a: b\n");
        Path reports = Files.createDirectories(temp.resolve("reports"));
        Path json = OutputFixture.write(reports.resolve("lint.json"), "previous json\n");
        OutputFixture.write(reports.resolve("blocker"), "a file where a folder should be\n");

        CliRun run = CliRun.of("lint", manifest.toString(), "--format", "text", "--format", "json=" + json,
                "--format", "sarif=" + reports.resolve("blocker/lint.sarif"));

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
        assertThat(run.out()).as("no report on stdout when a report file fails").isEmpty();
        assertThat(run.err()).contains("error: " + reports.resolve("blocker/lint.sarif") + ": cannot write: ");
        assertThat(json).hasContent("previous json");
        assertThat(listing(reports)).containsExactly("blocker", "lint.json");
    }
}
