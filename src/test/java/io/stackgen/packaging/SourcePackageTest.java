package io.stackgen.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackgen.chart.Chart;
import io.stackgen.chart.ChartLoader;
import io.stackgen.chart.Subchart;
import io.stackgen.support.CliRun;
import io.stackgen.support.Fixtures;
import io.stackgen.support.SourcedDocuments;
import io.stackgen.support.StackgenProcess;
import io.stackgen.support.TestChart;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A source chart archive is self-contained: unpacked anywhere, it renders exactly as the chart it was
 * made from, with the template library and subcharts it carries, and nothing from this repository.
 */
class SourcePackageTest {
    @TempDir
    Path temp;

    record Case(String chart, List<String> examples) {
        @Override
        public String toString() {
            return chart + (examples.isEmpty() ? " (defaults)" : " " + String.join(" + ", examples));
        }
    }

    static Stream<Case> charts() {
        return Stream.of(
                new Case("linera-validator", List.of("minimal.yaml", "monitoring.yaml")),
                new Case("linera-block-exporter", List.of("minimal.yaml", "monitoring.yaml")),
                new Case("linera-validator-stack", List.of("minimal.yaml", "with-exporter.yaml")),
                new Case("linea-stack", List.of("production.yaml")));
    }

    /** Another JVM, its working directory an empty folder, no stackgen.home, values copied out of the repository. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("charts")
    void unpackedElsewhereItRendersAsTheBuiltInChart(Case release) throws IOException {
        Path chart = packageAndExtract(release.chart());
        Path work = Files.createDirectories(temp.resolve("work"));
        List<String> builtIn = new ArrayList<>(List.of("render", "pkg-test", release.chart(), "-n", "validators"));
        List<String> unpacked = new ArrayList<>(List.of("render", "pkg-test", chart.toString(), "-n", "validators"));
        for (String example : release.examples()) {
            Path original = Fixtures.root().resolve("charts/" + release.chart() + "/examples/" + example);
            builtIn.addAll(List.of("-f", original.toString()));
            unpacked.addAll(List.of("-f", Files.copy(original, work.resolve(example)).getFileName().toString()));
        }

        StackgenProcess elsewhere = StackgenProcess.run(work, Map.of(), unpacked.toArray(String[]::new));
        CliRun here = CliRun.of(builtIn.toArray(String[]::new));

        assertThat(elsewhere.exitCode()).as(elsewhere.describe()).isZero();
        assertThat(here.exitCode()).as(here.describe()).isZero();
        assertThat(elsewhere.out()).isEqualTo(here.out());
        assertThat(elsewhere.err()).isEqualTo(here.err());
    }

    @Test
    void theArchiveHoldsTheChartItsLibraryAndItsSubchartsEachWithItsLibrary() throws IOException {
        byte[] tgz = Files.readAllBytes(packageSource("linera-validator-stack"));

        ChartArchive archive = ChartArchive.read(tgz, "linera-validator-stack-0.2.2.stackgen.tgz");

        assertThat(archive.kind()).isEqualTo(ChartArchive.Kind.STACKGEN_SOURCE);
        assertThat(archive.name()).isEqualTo("linera-validator-stack");
        assertThat(archive.version()).isEqualTo("0.2.2");
        assertThat(archive.files().keySet()).contains(
                "Chart.yaml", "values.yaml", "values.schema.json", "README.md", "templates/scyllacluster.yaml.j2",
                "library/common/labels.j2",
                "charts/linera-validator/Chart.yaml", "charts/linera-validator/library/common/labels.j2",
                "charts/linera-validator/files/dashboards/linera-overview.json",
                "charts/linera-block-exporter/templates/statefulset.yaml.j2",
                "charts/linera-block-exporter/library/common/labels.j2");
        assertThat(archive.files().get("Chart.yaml")).isEqualTo(
                Files.readAllBytes(Fixtures.root().resolve("charts/linera-validator-stack/Chart.yaml")));
    }

    /** The proof that the bundled library, not the built-in one, is what renders: change it and the output changes. */
    @Test
    void eachUnpackedChartRendersWithTheLibraryItCarries() throws IOException {
        Path chart = packageAndExtract("linera-validator-stack");
        Chart loaded = ChartLoader.load(chart.toString());
        assertThat(loaded.library()).isEqualTo(chart.resolve("library"));
        for (Subchart subchart : loaded.subcharts()) {
            assertThat(subchart.chart().library()).startsWith(chart.resolve("charts"));
        }

        Path labels = chart.resolve("charts/linera-validator/library/common/labels.j2");
        Files.writeString(labels, Files.readString(labels)
                .replace("app.kubernetes.io/instance: {{ release.name }}", "app.kubernetes.io/instance: bundled-{{ release.name }}"));
        CliRun run = CliRun.of("render", "pkg-test", chart.toString(),
                "-f", Fixtures.root().resolve("charts/linera-validator-stack/examples/minimal.yaml").toString());

        assertThat(run.exitCode()).as(run.describe()).isZero();
        List<SourcedDocuments.Document> documents = SourcedDocuments.of(run.out());
        assertThat(documents).filteredOn(d -> d.source().startsWith("linera-validator-stack/charts/linera-validator/"))
                .isNotEmpty()
                .allMatch(d -> String.valueOf(d.object()).contains("app.kubernetes.io/instance=bundled-pkg-test"));
        assertThat(documents).filteredOn(d -> !d.source().startsWith("linera-validator-stack/charts/linera-validator/"))
                .isNotEmpty()
                .noneMatch(d -> String.valueOf(d.object()).contains("bundled-"));
    }

    @Test
    void aFileDependencyIsCopiedInSoTheArchiveNeedsNothingBesideIt() throws IOException {
        TestChart.named(temp.resolve("src/dep"), "dep", "0.3.0")
                .template("cm.yaml.j2", TestChart.configMap("  from: dep"));
        TestChart.named(temp.resolve("src/app"), "app", "1.0.0")
                .dependencies("  - name: dep\n    version: 0.3.0\n    repository: file://../dep\n")
                .template("cm.yaml.j2", TestChart.configMap("  from: app").replace("name: cm", "name: app"))
                .file(".git/config", "[core]\n");
        String before = render(temp.resolve("src/app"));

        Path archive = packageSource(temp.resolve("src/app").toString());
        deleteTree(temp.resolve("src"));
        Path chart = ChartArchive.read(Files.readAllBytes(archive), "app.tgz").extractTo(temp.resolve("unpacked"));

        assertThat(chart.resolve("charts/dep/templates/cm.yaml.j2")).exists();
        assertThat(chart.resolve("charts/dep/library/common/names.j2")).exists();
        assertThat(chart.resolve(".git")).doesNotExist();
        assertThat(render(chart)).isEqualTo(before).contains("from: dep").contains("from: app");
    }

    @Test
    void versionReplacesOnlyTheVersionLineOfChartYaml() throws IOException {
        CliRun run = CliRun.of("package", "--source", "linera-validator", "--version", "0.2.1-rc.1+build.7", "-d", temp.toString());

        assertThat(run.exitCode()).as(run.describe()).isZero();
        ChartArchive archive = ChartArchive.read(Files.readAllBytes(temp.resolve("linera-validator-0.2.1-rc.1+build.7.stackgen.tgz")), "x");
        String original = Files.readString(Fixtures.root().resolve("charts/linera-validator/Chart.yaml"));
        assertThat(new String(archive.files().get("Chart.yaml"), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(original.replace("\nversion: 0.2.1\n", "\nversion: 0.2.1-rc.1+build.7\n"));
    }

    @Test
    void aSymbolicLinkInTheChartIsRefused() throws IOException {
        TestChart chart = TestChart.named(temp.resolve("app"), "app", "1.0.0");
        Files.createSymbolicLink(temp.resolve("app/files"), Path.of("/etc"));

        CliRun run = CliRun.of("package", "--source", chart.path(), "-d", temp.resolve("dist").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: " + chart.path() + "/files: a symbolic link; a packaged chart holds only regular files\n");
        assertThat(temp.resolve("dist")).doesNotExist();
    }

    private Path packageAndExtract(String chart) throws IOException {
        Path archive = packageSource(chart);
        return ChartArchive.read(Files.readAllBytes(archive), archive.getFileName().toString()).extractTo(temp.resolve("unpacked"));
    }

    private Path packageSource(String chart) {
        Path dist = temp.resolve("dist");
        CliRun run = CliRun.of("package", "--source", chart, "-d", dist.toString());
        assertThat(run.exitCode()).as(run.describe()).isZero();
        return Path.of(run.out().substring("Packaged ".length(), run.out().indexOf(" (sha256:")));
    }

    private static String render(Path chart) {
        CliRun run = CliRun.of("render", chart.toString());
        assertThat(run.exitCode()).as(run.describe()).isZero();
        return run.out();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
