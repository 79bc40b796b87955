package io.stackgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackgen.support.CliRun;
import io.stackgen.support.TestChart;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Helm's subchart mechanics on two small charts: {@code umbrella} depends on {@code sub} through
 * {@code file://../sub} with condition {@code sub.enabled}. {@code sub} has a strict schema (no
 * {@code global}, no {@code enabled}) and prints what it sees: its values, the globals, its chart name
 * and template name.
 */
class SubchartRenderTest {
    private static final String SUB_SCHEMA = """
            {"type": "object", "additionalProperties": false,
             "properties": {"greeting": {"type": "string"}, "farewell": {"type": "string"}, "count": {"type": "integer"}}}
            """;
    private static final String SUB_TEMPLATE = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: {{ release.name }}-{{ chart.name }}
            data:
              greeting: {{ values.greeting }}
              farewell: {{ values.farewell }}
              region: {{ values.global.region }}
              db: {{ values.global.db.host }}:{{ values.global.db.port }}
              template: {{ template.name }}
            """;
    private static final String SUB_DEPENDENCY = """
              - name: sub
                version: ^1.0.0
                repository: file://../sub
                condition: sub.enabled
            """;

    @TempDir
    Path tmp;
    private String umbrella;

    @BeforeEach
    void charts() {
        sub(tmp.resolve("sub"), "1.2.0");
        umbrella = TestChart.named(tmp.resolve("umbrella"), "umbrella", "1.0.0")
                .dependencies(SUB_DEPENDENCY)
                .values("global:\n  region: parent\n  db: {host: parent-host}\nsub:\n  enabled: true\n  greeting: from-parent\n")
                .template("own.yaml.j2", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ release.name }}-own\n"
                        + "data:\n  subGreeting: {{ values.sub.greeting }}\n")
                .path();
    }

    private static TestChart sub(Path dir, String version) {
        return TestChart.named(dir, "sub", version)
                .values("greeting: hello\nfarewell: bye\nglobal:\n  region: sub-default\n  db: {host: sub-host, port: 5432}\n")
                .file("values.schema.json", SUB_SCHEMA)
                .template("cm.yaml.j2", SUB_TEMPLATE);
    }

    private CliRun render(String... extra) {
        List<String> args = new ArrayList<>(List.of("render", "rel", umbrella));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void subchartRendersWithItsValuesChartNameAndSourcePathParentGlobalsWinning() {
        CliRun run = render();

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("""
                ---
                # Source: umbrella/charts/sub/templates/cm.yaml
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: rel-sub
                data:
                  greeting: from-parent
                  farewell: bye
                  region: parent
                  db: parent-host:5432
                  template: umbrella/charts/sub/templates/cm.yaml
                ---
                # Source: umbrella/templates/own.yaml
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: rel-own
                data:
                  subGreeting: from-parent
                """);
    }

    @Test
    void conditionFalseLeavesTheSubchartOut() {
        CliRun run = render("--set", "sub.enabled=false");

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out()).doesNotContain("charts/sub").contains("name: rel-own");
    }

    @Test
    void absentConditionPathLeavesTheSubchartIn() {
        CliRun run = render("--set", "sub.enabled=null");

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out()).contains("# Source: umbrella/charts/sub/templates/cm.yaml");
    }

    @Test
    void nonBoolConditionIsIgnoredWithAWarning() {
        CliRun run = render("--set-string", "sub.enabled=false");

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out()).contains("# Source: umbrella/charts/sub/templates/cm.yaml");
        assertThat(run.err()).isEqualTo("warning: condition path 'sub.enabled' for chart sub returned non-bool value, ignored\n");
    }

    @Test
    void userGlobalsReachEverySubchartAndBeatTheSubchartsOwnGlobal() {
        CliRun run = render("--set", "global.region=user", "--set", "sub.global.region=ignored",
                "--set", "sub.global.db.port=6000");

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out()).contains("  region: user\n").contains("  db: parent-host:6000\n");
    }

    @Test
    void aliasInstallsTheChartAgainUnderItsOwnKeyAndName() throws IOException {
        TestChart.named(tmp.resolve("twice"), "twice", "1.0.0")
                .dependencies(SUB_DEPENDENCY + "  - name: sub\n    alias: second\n    version: 1.2.0\n    repository: file://../sub\n")
                .values("second:\n  greeting: hi-second\n");

        CliRun run = CliRun.of("render", "rel", tmp.resolve("twice").toString());

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(sources(run)).containsExactly("twice/charts/second/templates/cm.yaml", "twice/charts/sub/templates/cm.yaml");
        assertThat(run.out()).contains("  name: rel-second\ndata:\n  greeting: hi-second\n")
                .contains("  name: rel-sub\ndata:\n  greeting: hello\n");
    }

    @Test
    void subchartSchemaErrorNamesTheFullPathAndTheUsersFile() throws IOException {
        Path values = tmp.resolve("prod.yaml");
        Files.writeString(values, "global:\n  region: eu\nsub:\n  count: many\n");

        CliRun run = render("-f", values.toString());

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("error: " + values + ":4:10: sub.count: string found, integer expected\n");
    }

    @Test
    void subchartSchemaStaysStrictApartFromGlobalAndItsSwitch() {
        CliRun run = render("--set", "sub.greting=typo");

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: --set sub.greting=...: sub.greting: ")
                .contains("greting").doesNotContain("global").doesNotContain("enabled");
    }

    @Test
    void disabledSubchartIsNotSchemaChecked() {
        CliRun run = render("--set", "sub.enabled=false", "--set", "sub.count=many");

        assertThat(run.exitCode()).as(run.describe()).isZero();
    }

    @Test
    void showOnlySelectsSubchartTemplatesByTheirSourcePath() {
        CliRun sub = render("--show-only", "charts/sub/templates/cm.yaml");
        CliRun own = render("--show-only", "templates/own.yaml");
        CliRun glob = render("--show-only", "charts/*/templates/*");

        assertThat(sources(sub)).containsExactly("umbrella/charts/sub/templates/cm.yaml");
        assertThat(sources(own)).containsExactly("umbrella/templates/own.yaml");
        assertThat(sources(glob)).containsExactly("umbrella/charts/sub/templates/cm.yaml");
    }

    @Test
    void outputDirWritesSubchartFilesUnderTheirSourcePaths() throws IOException {
        Path out = tmp.resolve("out");
        CliRun run = render("--output-dir", out.toString());

        assertThat(run.exitCode()).as(run.describe()).isZero();
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> out.relativize(p).toString().replace('\\', '/')).sorted())
                    .containsExactly("umbrella/charts/sub/templates/cm.yaml", "umbrella/templates/own.yaml");
        }
        assertThat(Files.readString(out.resolve("umbrella/charts/sub/templates/cm.yaml")))
                .startsWith("---\n# Source: umbrella/charts/sub/templates/cm.yaml\n");
    }

    @Test
    void vendoredChartInChartsFolderWinsAndUnlistedOnesAreInstalledToo() {
        sub(tmp.resolve("umbrella/charts/vendored-sub"), "1.9.0").values("greeting: x\nfarewell: vendored-bye\nglobal: {db: {port: 1}}\n");
        TestChart.named(tmp.resolve("umbrella/charts/extra"), "extra", "0.1.0")
                .template("cm.yaml.j2", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ chart.name }}\n");

        CliRun run = render();

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(sources(run)).containsExactly("umbrella/charts/extra/templates/cm.yaml",
                "umbrella/charts/sub/templates/cm.yaml", "umbrella/templates/own.yaml");
        assertThat(run.out()).contains("  farewell: vendored-bye\n").contains("  db: parent-host:1\n");
    }

    @Test
    void tagsSwitchDependenciesAndConditionsWinOverTags() {
        TestChart.named(tmp.resolve("tagged"), "tagged", "1.0.0")
                .dependencies("  - name: sub\n    version: 1.x\n    repository: file://../sub\n    tags: [extras]\n"
                        + "  - name: sub\n    alias: forced\n    version: 1.x\n    repository: file://../sub\n"
                        + "    tags: [extras]\n    condition: forced.on\n");
        String chart = tmp.resolve("tagged").toString();

        CliRun off = CliRun.of("render", "rel", chart, "--set", "tags.extras=false", "--set", "forced.on=true");
        CliRun on = CliRun.of("render", "rel", chart, "--set", "tags.extras=true", "--set", "forced.on=false");

        assertThat(sources(off)).as(off.describe()).containsExactly("tagged/charts/forced/templates/cm.yaml");
        assertThat(sources(on)).as(on.describe()).containsExactly("tagged/charts/sub/templates/cm.yaml");
    }

    @Test
    void globalCommonLabelsLabelTheObjectsOfEveryChartThatUsesTheSharedLabels() {
        String labelled = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ chart.name }}\n  labels:\n"
                + "{% import \"common/labels.j2\" as lbl %}\n{{ lbl.standard() | indent(4) }}\n";
        TestChart.named(tmp.resolve("labelled"), "labelled", "1.0.0")
                .values("commonLabels:\n  team: own\n")
                .template("cm.yaml.j2", labelled);
        String parent = TestChart.named(tmp.resolve("parent"), "parent", "1.0.0")
                .dependencies("  - name: labelled\n    repository: file://../labelled\n")
                .template("cm.yaml.j2", labelled)
                .path();

        CliRun run = CliRun.of("render", "rel", parent, "--set", "global.commonLabels.team=all",
                "--set", "global.commonLabels.tier=gold", "--show-only", "charts/labelled/templates/cm.yaml");

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out()).endsWith("""
                    app.kubernetes.io/managed-by: stackgen
                    tier: gold
                    team: own
                """);
        assertThat(CliRun.of("render", "rel", parent, "--set", "global.commonLabels.team=all", "-s", "templates/cm.yaml").out())
                .endsWith("    app.kubernetes.io/managed-by: stackgen\n    team: all\n");
    }

    @Test
    void missingDependencyIsOneLineNamingTheChartYaml() {
        TestChart.named(tmp.resolve("broken"), "broken", "1.0.0")
                .dependencies("  - name: absent\n    version: 1.0.0\n    repository: file://../absent\n");
        String chart = tmp.resolve("broken").toString();

        CliRun run = CliRun.of("render", chart);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: " + chart + "/Chart.yaml: dependency 'absent' not found: file://../absent ("
                + tmp.resolve("absent") + ") has no Chart.yaml\n");
    }

    @Test
    void dependencyFromAChartRepositoryMustBeVendored() {
        TestChart.named(tmp.resolve("remote"), "remote", "1.0.0")
                .dependencies("  - name: redis\n    version: 19.x\n    repository: https://charts.bitnami.com/bitnami\n");
        String chart = tmp.resolve("remote").toString();

        CliRun run = CliRun.of("render", chart);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: " + chart + "/Chart.yaml: dependency 'redis' not found: no chart named 'redis' in "
                + chart + "/charts/ and https://charts.bitnami.com/bitnami is not a file:// path\n");
    }

    @Test
    void circularDependencyIsOneLineNamingTheChartYamlThatClosesTheLoop() {
        TestChart.named(tmp.resolve("a"), "a", "1.0.0").dependencies("  - name: b\n    repository: file://../b\n");
        TestChart.named(tmp.resolve("b"), "b", "1.0.0").dependencies("  - name: a\n    repository: file://../a\n");
        String a = tmp.resolve("a").toString();

        CliRun run = CliRun.of("render", a);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: " + tmp.resolve("b") + "/Chart.yaml: dependency 'a' is circular: a -> b -> a\n");
    }

    @Test
    void versionOutsideTheConstraintIsOneLineNamingBothVersions() throws IOException {
        Path chartYaml = Path.of(umbrella, "Chart.yaml");
        Files.writeString(chartYaml, Files.readString(chartYaml).replace("^1.0.0", "~1.3.0"));

        CliRun run = render();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: " + umbrella + "/Chart.yaml: dependency 'sub' needs version ~1.3.0, but "
                + tmp.resolve("sub") + " is version 1.2.0\n");
    }

    @Test
    void importValuesIsRefusedClearly() throws IOException {
        Path chartYaml = Path.of(umbrella, "Chart.yaml");
        Files.writeString(chartYaml, Files.readString(chartYaml) + "    import-values: [data]\n");

        CliRun run = render();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: " + umbrella + "/Chart.yaml: dependency 'sub': import-values is not supported "
                + "by stackgen; set the values under the subchart's key instead\n");
    }

    @Test
    void subchartValuesThatAreNotAMapAreOneLineNamingTheirOrigin() {
        CliRun run = render("--set", "sub=oops");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: --set sub=...: sub: must be a map: the values of subchart sub ("
                + tmp.resolve("umbrella").resolve("../sub").normalize() + ")\n");
    }

    private static List<String> sources(CliRun run) {
        return run.out().lines().filter(l -> l.startsWith("# Source: ")).map(l -> l.substring(10)).toList();
    }
}
