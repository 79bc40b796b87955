package io.stackgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackgen.support.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code stackgen render --fleet}: the same bytes as one render per release, selection, atomicity, progress. */
class FleetRenderTest {
    private static final String SUMMARY = "rendered \\d+ releases? \\([\\d,]+ objects?\\) in \\d+\\.\\d s";

    @TempDir
    Path tmp;

    private Path fleet;

    @BeforeEach
    void writeFleet() {
        fleet = FleetFixture.write(tmp.resolve("fleet"));
    }

    private static CliRun run(boolean terminal, String... args) {
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            @SuppressWarnings("unchecked")
            public <K> K create(Class<K> type) throws Exception {
                return type == RenderCommand.class ? (K) new RenderCommand(() -> terminal, LintEnvironment::system) : CommandLine.defaultFactory().create(type);
            }
        };
        return CliRun.of(factory, args);
    }

    private static CliRun run(String... args) {
        return run(false, args);
    }

    @Test
    void fleetOutputDirEqualsOneRenderPerReleaseByteForByte() throws IOException {
        Path fleetOut = tmp.resolve("fleet-out");
        CliRun fleetRun = run("render", "--fleet", fleet.toString(), "-o", fleetOut.toString(), "--jobs", "4");
        assertThat(fleetRun.exitCode()).as(fleetRun.describe()).isZero();

        Path singleOut = tmp.resolve("single-out");
        for (FleetFixture.TestRelease release : FleetFixture.RELEASES) {
            List<String> args = new ArrayList<>(release.renderArgs(fleet.getParent()));
            args.addAll(List.of("--output-dir", singleOut.resolve(release.name()).toString()));
            CliRun single = CliRun.of(args.toArray(String[]::new));
            assertThat(single.exitCode()).as(single.describe()).isZero();
        }

        Map<String, byte[]> expected = files(singleOut);
        assertThat(expected.keySet()).extracting(p -> p.substring(0, p.indexOf('/'))).containsOnly(
                FleetFixture.RELEASES.stream().map(FleetFixture.TestRelease::name).toArray(String[]::new));
        assertThat(expected).containsKey("stack-1/linera-validator-stack/charts/linera-validator/templates/shards.yaml");
        Map<String, byte[]> actual = files(fleetOut);
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        expected.forEach((file, bytes) -> assertThat(actual.get(file)).as(file).isEqualTo(bytes));
    }

    @Test
    void fleetStdoutIsEachReleaseHeadedByItsNameInFleetOrder() {
        CliRun fleetRun = run("render", "--fleet", fleet.toString());
        assertThat(fleetRun.exitCode()).as(fleetRun.describe()).isZero();

        StringBuilder expected = new StringBuilder();
        for (FleetFixture.TestRelease release : FleetFixture.RELEASES) {
            CliRun single = CliRun.of(release.renderArgs(fleet.getParent()).toArray(String[]::new));
            assertThat(single.exitCode()).as(single.describe()).isZero();
            expected.append("# Release: ").append(release.name()).append('\n').append(single.out());
        }
        assertThat(fleetRun.out()).isEqualTo(expected.toString());
    }

    @Test
    void oneJobAndManyJobsGiveTheSameBytes() {
        CliRun serial = run("render", "--fleet", fleet.toString(), "--jobs", "1");
        CliRun parallel = run("render", "--fleet", fleet.toString(), "--jobs", "8");

        assertThat(serial.exitCode()).as(serial.describe()).isZero();
        assertThat(parallel.out()).isEqualTo(serial.out()).isNotEmpty();
    }

    @Test
    void onlySelectsByNameAndByGroupKeepingFleetOrder() {
        CliRun byGroup = run("render", "--fleet", fleet.toString(), "--only", "staging");
        CliRun byNameAndGroup = run("render", "--fleet", fleet.toString(), "--only", "linea-2,us", "--only", "eu-1");

        assertThat(byGroup.exitCode()).as(byGroup.describe()).isZero();
        assertThat(releaseHeaders(byGroup)).containsExactly("eu-2", "exporter-1", "linea-1");
        assertThat(releaseHeaders(byNameAndGroup)).containsExactly("eu-1", "us-1", "linea-2");
        assertThat(byNameAndGroup.err()).matches("rendered 3 releases \\([\\d,]+ objects\\) in \\d+\\.\\d s\\n");
    }

    @Test
    void unknownOnlyNameIsRefusedListingTheGroups() {
        CliRun run = run("render", "--fleet", fleet.toString(), "--only", "prod,nowhere");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("error: --only nowhere: no release or group 'nowhere' in " + fleet
                + " (groups: eu, prod, staging, us)\n");
    }

    @Test
    void aFailingReleaseFailsTheRunNamingEveryBrokenReleaseAndWritesNothing() throws IOException {
        Path out = tmp.resolve("out");
        assertThat(run("render", "--fleet", fleet.toString(), "-o", out.toString()).exitCode()).isZero();
        Map<String, byte[]> before = files(out);
        String text = Files.readString(fleet);
        Files.writeString(fleet, text
                .replace("set: ['shards.replicas=3']", "set: ['shards.replicas=0']")
                .replace("set: ['besu.hpa.minReplicas=2']", "set: ['besu.hpa.minReplicas=many']"));

        CliRun run = run("render", "--fleet", fleet.toString(), "-o", out.toString());

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(2);
        assertThat(run.err().lines().toList().get(0)).startsWith("error: eu-1: --set shards.replicas=...: shards.replicas:");
        assertThat(run.err().lines().toList().get(1)).startsWith("error: linea-2: --set besu.hpa.minReplicas=...: ");
        assertThat(files(out)).containsOnlyKeys(before.keySet().toArray(String[]::new));
        before.forEach((file, bytes) -> assertThat(files(out).get(file)).isEqualTo(bytes));
        try (Stream<Path> entries = Files.list(out)) {
            assertThat(entries.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("."));
        }
        Path absent = tmp.resolve("absent");
        assertThat(run("render", "--fleet", fleet.toString(), "-o", absent.toString()).exitCode()).isEqualTo(2);
        assertThat(absent).as("a folder the failed run would have made").doesNotExist();
    }

    @Test
    void outputDirReplacesSelectedReleasesAndLeavesOthersAlone() throws IOException {
        Path out = tmp.resolve("out");
        Files.createDirectories(out.resolve("eu-1/stale"));
        Files.writeString(out.resolve("eu-1/stale/old.yaml"), "old");
        Files.createDirectories(out.resolve("unrelated"));
        Files.writeString(out.resolve("unrelated/keep.yaml"), "keep");

        CliRun run = run("render", "--fleet", fleet.toString(), "-o", out.toString(), "--only", "eu-1");

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(files(out).keySet()).contains("unrelated/keep.yaml", "eu-1/linera-validator/templates/shards.yaml")
                .doesNotContain("eu-1/stale/old.yaml")
                .noneMatch(file -> file.startsWith("eu-2/"));
    }

    @Test
    void aChartFolderBesideTheFleetFileRendersAndItsWarningsNameTheRelease() throws IOException {
        Path dir = tmp.resolve("own");
        io.stackgen.support.TestChart.in(dir.resolve("charts/demo"))
                .values("table:\n  key: 1\n")
                .template("cm.yaml.j2", io.stackgen.support.TestChart.configMap("  v: {{ release.namespace }}"));
        Path own = FleetFixture.write(dir.resolve("fleet.yaml"), """
                releases:
                  - {name: one, chart: charts/demo, namespace: ns-1, set: ["table=1"]}
                  - {name: two, chart: ./charts/demo, namespace: ns-2}
                """);

        CliRun run = run("render", "--fleet", own.toString());

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out()).isEqualTo("""
                # Release: one
                ---
                # Source: demo/templates/cm.yaml
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: cm
                data:
                  v: ns-1
                # Release: two
                ---
                # Source: demo/templates/cm.yaml
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: cm
                data:
                  v: ns-2
                """);
        assertThat(run.err().lines().toList()).hasSize(2).first().asString()
                .startsWith("warning: one: ").contains("table");
    }

    @Test
    void summaryLineButNoProgressWhenStandardErrorIsNotATerminal() {
        CliRun run = run(false, "render", "--fleet", fleet.toString(), "-o", tmp.resolve("out").toString());

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.err()).matches("rendered 7 releases \\([\\d,]+ objects\\) in \\d+\\.\\d s\\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void progressBarOnATerminalIsErasedBeforeTheSummary() {
        CliRun run = run(true, "render", "--fleet", fleet.toString(), "-o", tmp.resolve("out").toString());

        assertThat(run.exitCode()).as(run.describe()).isZero();
        String err = run.err();
        int erased = err.lastIndexOf("\r\033[K");
        assertThat(err).startsWith("\r[").contains("\r[" + "#".repeat(30) + "] 7/7 releases");
        assertThat(err.substring(0, erased)).doesNotContain("\n");
        assertThat(err.substring(erased + 4)).matches(SUMMARY + "\\n");
    }

    @Test
    void singleReleaseOptionsAndFleetOptionsDoNotMix() {
        CliRun chart = run("render", "--fleet", fleet.toString(), "linera-validator", "-n", "x");
        CliRun only = run("render", "linera-validator", "--only", "eu-1");
        CliRun none = run("render");

        assertThat(chart.exitCode()).isEqualTo(2);
        assertThat(chart.err()).isEqualTo("error: --fleet renders the releases of " + fleet
                + "; [NAME] CHART, --namespace describe a single release: put it in the fleet file instead\n");
        assertThat(only.exitCode()).isEqualTo(2);
        assertThat(only.err()).isEqualTo("error: --only needs --fleet FILE\n");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("missing CHART");
    }

    private static List<String> releaseHeaders(CliRun run) {
        return run.out().lines().filter(l -> l.startsWith("# Release: ")).map(l -> l.substring("# Release: ".length())).toList();
    }

    /** Every file below {@code root}, by its path relative to it. */
    static Map<String, byte[]> files(Path root) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return files;
    }
}
