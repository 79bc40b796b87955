package io.stackgen.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import io.stackgen.support.CliRun;
import io.stackgen.support.Fixtures;
import io.stackgen.support.SourcedDocuments;
import io.stackgen.support.TestChart;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real Helm (the Go library through helm-java) takes what {@code stackgen package} writes: it lints it,
 * {@code helm template} of it gives the documents {@code stackgen render} gives for the same flags, in
 * the same order under the same source names, and any value it is handed is refused with the
 * packaging message.
 */
class HelmPackageTest {
    private static final String RELEASE = "pkg-test";
    private static final String NAMESPACE = "validators";

    @TempDir
    Path dist;

    /** A release of one chart: the values files layered in order (none: the chart's defaults). */
    record Case(String chart, List<String> examples) {
        List<String> renderFlags() {
            List<String> flags = new ArrayList<>(List.of(RELEASE, chart, "-n", NAMESPACE));
            examples.forEach(e -> flags.addAll(List.of("-f", Fixtures.root().resolve("charts/" + chart + "/examples/" + e).toString())));
            return flags;
        }

        @Override
        public String toString() {
            return chart + (examples.isEmpty() ? " (defaults)" : " " + String.join(" + ", examples));
        }
    }

    static Stream<Case> releases() {
        return Stream.of(
                new Case("linera-validator", List.of("minimal.yaml")),
                new Case("linera-validator", List.of("minimal.yaml", "gateway.yaml")),
                new Case("linera-validator", List.of("minimal.yaml", "monitoring.yaml")),
                new Case("linera-block-exporter", List.of("minimal.yaml")),
                new Case("linera-block-exporter", List.of("minimal.yaml", "external-indexer.yaml")),
                new Case("linera-block-exporter", List.of("minimal.yaml", "monitoring.yaml")),
                new Case("linera-validator-stack", List.of("minimal.yaml")),
                new Case("linera-validator-stack", List.of("minimal.yaml", "with-exporter.yaml")),
                new Case("linera-validator-stack", List.of("minimal.yaml", "dedicated-scylla-nodes.yaml")),
                new Case("linea-stack", List.of()),
                new Case("linea-stack", List.of("production.yaml")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("releases")
    void helmTemplatesThePackageToWhatStackgenRenders(Case release) {
        String rendered = render(release);
        Path archive = packageOf(release);

        String templated = Helm.template(archive.toString()).withName(RELEASE).withNamespace(NAMESPACE).call();

        assertThat(SourcedDocuments.of(templated)).containsExactlyElementsOf(SourcedDocuments.of(rendered));
        assertThat(templated).as("byte for byte, too").isEqualTo(rendered);
        assertThat(rendered).contains("\nkind: ");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("releases")
    void helmLintPasses(Case release) {
        Path archive = packageOf(release);

        LintResult lint = new Helm(archive).lint().strict().call();

        assertThat(lint.isFailed()).as(String.join("\n", lint.getMessages())).isFalse();
        assertThat(lint.getMessages()).noneMatch(m -> m.contains("[ERROR]") || m.contains("[WARNING]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("releases")
    void helmRefusesAnyValueWithThePackagingMessage(Case release) {
        Path archive = packageOf(release);

        assertThatThrownBy(() -> Helm.template(archive.toString()).withName(RELEASE).set("image.tag", "other").call())
                .hasMessageContaining("- at '/image': value must be 'not set: the values were fixed at packaging time by "
                        + "\"stackgen package " + RELEASE + " " + release.chart() + " -n " + NAMESPACE)
                .hasMessageContaining("\"; change them there and package again'");
    }

    @Test
    void globalValuesAreAcceptedAndChangeNothing() {
        Case release = new Case("linera-validator-stack", List.of("minimal.yaml", "with-exporter.yaml"));
        Path archive = packageOf(release);

        String templated = Helm.template(archive.toString()).withName(RELEASE).withNamespace(NAMESPACE)
                .set("global.region", "eu-west").call();

        assertThat(SourcedDocuments.of(templated)).containsExactlyElementsOf(SourcedDocuments.of(render(release)));
    }

    @Test
    void aSubchartRefusesValuesToo() {
        Path archive = packageOf(new Case("linera-validator-stack", List.of("minimal.yaml", "with-exporter.yaml")));

        assertThatThrownBy(() -> Helm.template(archive.toString()).set("linera-validator.shards.replicas", "9").call())
                .hasMessageContaining("linera-validator:\n- at '/shards': value must be 'not set: the values were fixed at packaging time");
        assertThatThrownBy(() -> Helm.template(archive.toString()).set("linera-block-exporter.enabled", "false").call())
                .hasMessageContaining("linera-block-exporter:\n- at '/enabled': value must be 'not set:");
    }

    /** Each alias is its own subchart in the package, so two aliases of one chart keep their own objects. */
    @Test
    void twoAliasesOfOneChartStayApart(@TempDir Path charts) {
        TestChart.named(charts.resolve("dep"), "dep", "0.3.0")
                .values("v: default\n")
                .template("cm.yaml.j2", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ chart.name }}\n"
                        + "data:\n  v: {{ values.v | quote }}\n  text: '{{ \"{{ not Go }}\" }}'\n");
        TestChart app = TestChart.named(charts.resolve("app"), "app", "1.0.0")
                .values("dep-a:\n  v: one\ndep-b:\n  v: two\n")
                .dependencies("  - name: dep\n    alias: dep-a\n    repository: file://../dep\n"
                        + "  - name: dep\n    alias: dep-b\n    repository: file://../dep\n");
        CliRun rendered = CliRun.of("render", RELEASE, app.path());
        CliRun packaged = CliRun.of("package", RELEASE, app.path(), "-d", dist.toString());
        assertThat(packaged.exitCode()).as(packaged.describe()).isZero();

        String templated = Helm.template(dist.resolve("app-1.0.0.tgz").toString()).withName(RELEASE).call();

        assertThat(templated).isEqualTo(rendered.out())
                .contains("# Source: app/charts/dep-a/templates/cm.yaml", "v: \"one\"", "# Source: app/charts/dep-b/templates/cm.yaml",
                        "v: \"two\"", "{{ not Go }}");
    }

    private static String render(Case release) {
        List<String> args = new ArrayList<>(List.of("render"));
        args.addAll(release.renderFlags());
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.describe()).isZero();
        return run.out();
    }

    private Path packageOf(Case release) {
        List<String> args = new ArrayList<>(List.of("package"));
        args.addAll(release.renderFlags());
        args.addAll(List.of("-d", dist.toString()));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.describe()).isZero();
        return Path.of(run.out().substring("Packaged ".length(), run.out().indexOf(" (sha256:")));
    }
}
