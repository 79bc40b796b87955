package io.stackgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackgen.support.CliRun;
import io.stackgen.support.Fixtures;
import io.stackgen.support.TestChart;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stackgen lint} as a whole: inputs, exit codes, rule selection; with the test rules TST01–TST04. */
class LintCommandTest {
    /** TST01 (low) on the Service and the ConfigMap, TST02 (high) on the ConfigMap. */
    static final String MANIFEST = """
            apiVersion: v1
            kind: Service
            metadata:
              name: plain
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: danger
            """;

    @TempDir
    Path tmp;

    private Path write(String relative, String text) throws IOException {
        Path file = tmp.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private CliRun lint(String... args) {
        return LintCli.in(tmp).run(args);
    }

    private static List<String> findings(CliRun run) {
        return run.out().lines().filter(l -> l.startsWith("finding ")).map(l -> l.substring("finding ".length())).toList();
    }

    @Test
    void lintsAFileAndFailsOnAHighFinding() throws IOException {
        Path file = write("app.yaml", MANIFEST);

        CliRun run = lint("lint", file.toString());

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(1);
        assertThat(findings(run)).containsExactly(
                "TST01 low " + file + ":4:3 Service/default/plain metadata.name",
                "TST01 low " + file + ":9:3 ConfigMap/default/danger metadata.name",
                "TST02 high " + file + ":9:3 ConfigMap/default/danger metadata.name");
        assertThat(run.out()).startsWith("report text colour=false\n").endsWith("objects 2 rules TST01,TST02,TST03,TST04\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aDirectoryIsEveryManifestBelowItSortedWithHiddenEntriesSkipped() throws IOException {
        write("in/b.yaml", "apiVersion: v1\nkind: Service\nmetadata: {name: b}\n");
        write("in/a/c.yml", "apiVersion: v1\nkind: Service\nmetadata: {name: c}\n");
        write("in/x.json", "{\"apiVersion\": \"v1\", \"kind\": \"ConfigMap\", \"metadata\": {\"name\": \"x\"}}\n");
        write("in/.hidden/skipped.yaml", "not: [a manifest\n");
        write("in/.stackgen.yaml", "suppressions: []\n");
        write("in/README.md", "# not a manifest\n");

        CliRun run = lint("lint", tmp.resolve("in").toString());

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(0);
        String in = tmp.resolve("in").toString();
        assertThat(findings(run)).containsExactly(
                "TST01 low " + in + "/a/c.yml:3:12 Service/default/c metadata.name",
                "TST01 low " + in + "/b.yaml:3:12 Service/default/b metadata.name",
                "TST01 low " + in + "/x.json:1:56 ConfigMap/default/x metadata.name");
    }

    @Test
    void aDirectoryIsReadInParallelButItsFirstBrokenFileInOrderIsTheOneReported() throws IOException {
        write("many/a.yaml", "apiVersion: v1\nkind: Service\nmetadata: {name: a}\n");
        for (int i = 10; i < 60; i++) {
            write("many/b" + i + ".yaml", "apiVersion: v1\nkind: Service\nmetadata: {name: [broken " + i + "\n");
        }

        CliRun run = lint("lint", tmp.resolve("many").toString());

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: " + tmp.resolve("many/b10.yaml")).doesNotContain("b11.yaml");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void readsStandardInputAsOneInputAmongOthers() throws IOException {
        Path file = write("later.yaml", "apiVersion: v1\nkind: Service\nmetadata: {name: later}\n");
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(MANIFEST.getBytes(StandardCharsets.UTF_8)));
            CliRun run = lint("lint", "-", file.toString(), "-n", "team");

            assertThat(run.exitCode()).as(run.describe()).isEqualTo(1);
            assertThat(findings(run)).containsExactly(
                    "TST01 low <stdin>:4:3 Service/team/plain metadata.name",
                    "TST01 low <stdin>:9:3 ConfigMap/team/danger metadata.name",
                    "TST02 high <stdin>:9:3 ConfigMap/team/danger metadata.name",
                    "TST01 low " + file + ":3:12 Service/team/later metadata.name");
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void listKindsAreUnpackedAndPositionedInsideTheirItems() throws IOException {
        Path file = write("list.yaml", """
                apiVersion: v1
                kind: List
                items:
                  - apiVersion: v1
                    kind: ConfigMap
                    metadata:
                      name: danger-one
                      namespace: ns
                """);

        CliRun run = lint("lint", file.toString(), "--enable", "TST02");

        assertThat(findings(run)).containsExactly("TST02 high " + file + ":7:7 ConfigMap/ns/danger-one metadata.name");
    }

    @Test
    void aChartIsRenderedAndLintedOncePerValuesSet() throws IOException {
        String examples = Fixtures.root().resolve("charts/linera-validator/examples/").toString();
        String gateway = examples + "/gateway.yaml";
        String monitoring = examples + "/monitoring.yaml";

        CliRun run = lint("lint", "linera-validator", "-f", examples + "/minimal.yaml", "--values", gateway,
                "--values", monitoring, "--enable", "TST01", "-n", "validators");

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(0);
        List<String> found = findings(run);
        String gatewayLabel = "linera-validator[values: " + gateway + "]";
        String monitoringLabel = "linera-validator[values: " + monitoring + "]";
        assertThat(found).isNotEmpty().allMatch(f -> f.contains(gatewayLabel + ":") || f.contains(monitoringLabel + ":"));
        int firstMonitoring = found.indexOf(found.stream().filter(f -> f.contains(monitoringLabel)).findFirst().orElseThrow());
        assertThat(found.subList(0, firstMonitoring)).isNotEmpty().allMatch(f -> f.contains(gatewayLabel));
        assertThat(found.subList(firstMonitoring, found.size())).allMatch(f -> f.contains(monitoringLabel));

        String rendered = CliRun.of("render", "linera-validator", "-n", "validators", "-f", examples + "/minimal.yaml",
                "-f", gateway).out();
        List<String> lines = rendered.lines().toList();
        for (String finding : found.subList(0, firstMonitoring)) {
            String[] parts = finding.substring(("TST01 low " + gatewayLabel + ":").length()).split(" ");
            String[] position = parts[0].split(":");
            String name = parts[1].substring(parts[1].lastIndexOf('/') + 1);
            String template = parts[3].substring("template=".length());
            int line = Integer.parseInt(position[0]);
            assertThat(lines.get(line - 1)).as(finding).isEqualTo("  name: " + name);
            assertThat(position[1]).isEqualTo("3");
            assertThat(lines.subList(0, line)).as("the # Source above " + finding)
                    .filteredOn(l -> l.startsWith("# Source: ")).last().isEqualTo("# Source: " + template);
        }
    }

    @Test
    void aChartDirectoryWithoutValuesSetsIsLabelledByItsValuesFilesOrAsRendered() throws IOException {
        String chart = TestChart.in(tmp.resolve("demo"))
                .values("name: plain\n")
                .template("svc.yaml.j2", "apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ values.name }}\n")
                .path();
        Path values = write("danger.yaml", "name: danger\n");

        CliRun defaults = lint("lint", chart + "/", "--release", "r");
        CliRun layered = lint("lint", chart, "-f", values.toString(), "--set", "name=danger-set");

        assertThat(findings(defaults)).containsExactly(
                "TST01 low " + chart + "[rendered]:6:3 Service/default/plain metadata.name template=demo/templates/svc.yaml");
        assertThat(findings(layered)).extracting(f -> f.substring(0, f.indexOf(" Service")))
                .containsExactly("TST01 low " + chart + "[values: " + values + "]:6:3",
                        "TST02 high " + chart + "[values: " + values + "]:6:3");
        assertThat(layered.out()).contains("Service/default/danger-set");
    }

    @Test
    void aDocumentThatIsNotYamlIsABadInputWithItsLine() throws IOException {
        Path file = write("bad.yaml", "apiVersion: v1\nkind: Service\nmetadata:\n  name: [unclosed\n");

        CliRun run = lint("lint", file.toString());

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: " + file + ":5:1: not valid YAML").doesNotContain("Exception");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aDocumentThatIsNotAKubernetesObjectIsABadInputWithItsLine() throws IOException {
        Path list = write("list.yaml", "apiVersion: v1\nkind: Service\nmetadata: {name: s}\n---\n- a\n- b\n");
        Path values = write("values.yaml", "replicas: 3\nimage: x\n");

        CliRun notMapping = lint("lint", list.toString());
        CliRun noKind = lint("lint", values.toString());

        assertThat(notMapping.exitCode()).isEqualTo(2);
        assertThat(notMapping.err()).isEqualTo("error: " + list + ":5: not a Kubernetes object (the document is not a YAML mapping)\n");
        assertThat(noKind.exitCode()).isEqualTo(2);
        assertThat(noKind.err()).isEqualTo("error: " + values + ":1: not a Kubernetes object (no apiVersion)\n");
    }

    @Test
    void failOnSetsTheLowestSeverityThatFails() throws IOException {
        Path low = write("low.yaml", "apiVersion: v1\nkind: Service\nmetadata: {name: plain}\n");
        Path medium = write("medium.yaml", "apiVersion: v1\nkind: Service\nmetadata: {name: medium-svc}\n");
        Path high = write("high.yaml", MANIFEST);

        assertThat(lint("lint", low.toString()).exitCode()).isEqualTo(0);
        assertThat(lint("lint", low.toString(), "--fail-on", "low").exitCode()).isEqualTo(1);
        assertThat(lint("lint", medium.toString(), "--fail-on", "medium").exitCode()).isEqualTo(1);
        assertThat(lint("lint", medium.toString()).exitCode()).isEqualTo(0);
        assertThat(lint("lint", high.toString()).exitCode()).isEqualTo(1);
        assertThat(lint("lint", high.toString(), "--fail-on", "CRITICAL").exitCode()).isEqualTo(0);
        assertThat(lint("lint", high.toString(), "--fail-on", "never").exitCode()).isEqualTo(0);
    }

    @Test
    void enableAndDisableChooseTheRules() throws IOException {
        Path file = write("app.yaml", MANIFEST);

        CliRun withoutHygiene = lint("lint", file.toString(), "--disable", "HYG");
        CliRun onlyTwo = lint("lint", file.toString(), "--enable", "tst01,TST03", "--disable", "TST03");

        assertThat(findings(withoutHygiene)).extracting(f -> f.substring(0, 5)).containsExactly("TST02");
        assertThat(withoutHygiene.out()).contains("rules TST02,TST03,TST04");
        assertThat(findings(onlyTwo)).extracting(f -> f.substring(0, 5)).containsExactly("TST01", "TST01");
        assertThat(onlyTwo.exitCode()).isEqualTo(0);
    }

    @Test
    void usageMistakesExitTwoBeforeAnyInputIsRead() throws IOException {
        Path file = write("app.yaml", MANIFEST);
        String f = file.toString();

        assertUsageError(lint("lint", f, "--enable", "XX01"), "error: --enable XX01: no such rule or family");
        assertUsageError(lint("lint", f, "--fail-on", "severe"), "error: --fail-on severe: expected one of critical, high, medium, low, never");
        assertUsageError(lint("lint", f, "--format", "xml"), "error: --format xml: unknown format 'xml' (known: text, other, broken)");
        assertUsageError(lint("lint", f, "--format", "text", "--format", "other"),
                "error: --format other: only one report can go to standard output");
        assertUsageError(lint("lint", f, "--format", "text=a.txt", "--format", "other=./a.txt"),
                "error: --format other=./a.txt: ./a.txt is named by two --format options");
        assertUsageError(lint("lint"), "error: no input:");
        assertUsageError(lint("lint", tmp.resolve("missing.yaml").toString()), "error: " + tmp.resolve("missing.yaml") + ": no such file");
        assertUsageError(lint("lint", f, "-f", "values.yaml"), "error: -f, --values and --set apply to charts, and no input is a chart");
        assertUsageError(lint("lint", "-", "--values", "-", "linera-validator"), "error: '-' (standard input) can be read only once");
    }

    private static void assertUsageError(CliRun run, String errorStart) {
        assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
        assertThat(run.err()).as(run.describe()).startsWith(errorStart);
        assertThat(run.out()).isEmpty();
    }
}
