package io.stackgen.cli;

import static io.stackgen.support.RegistryCli.example;
import static io.stackgen.support.RegistryCli.pack;
import static org.assertj.core.api.Assertions.assertThat;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import io.stackgen.support.CliRun;
import io.stackgen.support.RegistryProcess;
import io.stackgen.support.SourcedDocuments;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real Helm (the Go library through helm-java) consumes what stackgen pushes: for each of the four charts, a
 * packaged release pushed to a real registry is pulled by {@code helm template oci://…}, which prints what
 * {@code stackgen render} prints for the same release, and {@code helm lint --strict} passes on the chart
 * {@code stackgen pull} fetched back.
 */
class HelmFromRegistryTest {
    @RegisterExtension
    static final RegistryProcess REGISTRY = RegistryProcess.anonymous();
    private static final String RELEASE = "from-registry";
    private static final String NAMESPACE = "validators";

    @TempDir
    Path work;

    record Release(String chart, String version, List<String> examples) {
        List<String> flags() {
            List<String> flags = new ArrayList<>(List.of(RELEASE, chart, "-n", NAMESPACE));
            examples.forEach(e -> flags.addAll(List.of("-f", example(chart, e))));
            return flags;
        }

        @Override
        public String toString() {
            return chart + " " + examples;
        }
    }

    static Stream<Release> releases() {
        return Stream.of(
                new Release("linera-validator", "0.2.1", List.of("minimal.yaml", "gateway.yaml")),
                new Release("linera-block-exporter", "0.2.0", List.of("minimal.yaml", "monitoring.yaml")),
                new Release("linera-validator-stack", "0.2.2", List.of("minimal.yaml", "with-exporter.yaml")),
                new Release("linea-stack", "0.1.0", List.of("production.yaml")));
    }

    @Test
    void stackgenPullsWhatHelmPushed() {
        Path archive = pack(work.resolve("dist"), "linera-validator", "-f", example("linera-validator", "minimal.yaml"),
                "--version", "0.2.1-helm");
        Helm.push().withChart(archive).withRemote(URI.create("oci://" + REGISTRY.host() + "/helm-pushed")).plainHttp().call();

        CliRun pull = CliRun.of("pull", REGISTRY.oci("helm-pushed/linera-validator:0.2.1-helm"), "-d", work.resolve("pulled").toString(),
                "--plain-http");

        assertThat(pull.exitCode()).as(pull.describe()).isZero();
        assertThat(work.resolve("pulled/linera-validator-0.2.1-helm.tgz")).hasSameBinaryContentAs(archive);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("releases")
    void helmTemplatesThePushedChartToWhatStackgenRendersAndLintsIt(Release release) {
        Path archive = pack(work.resolve("dist"), release.flags().toArray(String[]::new));
        CliRun push = CliRun.of("push", archive.toString(), REGISTRY.oci("charts"), "--plain-http");
        assertThat(push.exitCode()).as(push.describe()).isZero();
        CliRun render = CliRun.of(Stream.concat(Stream.of("render"), release.flags().stream()).toArray(String[]::new));
        assertThat(render.exitCode()).as(render.describe()).isZero();

        String templated = Helm.template("oci://" + REGISTRY.host() + "/charts/" + release.chart())
                .withVersion(release.version()).plainHttp().withName(RELEASE).withNamespace(NAMESPACE).call();

        assertThat(SourcedDocuments.of(templated)).containsExactlyElementsOf(SourcedDocuments.of(render.out()));
        assertThat(templated).isEqualTo(render.out());

        CliRun pull = CliRun.of("pull", REGISTRY.oci("charts/" + release.chart() + ":" + release.version()), "-d",
                work.resolve("pulled").toString(), "--plain-http");
        assertThat(pull.exitCode()).as(pull.describe()).isZero();
        Path pulled = work.resolve("pulled").resolve(release.chart() + "-" + release.version() + ".tgz");
        assertThat(pulled).hasSameBinaryContentAs(archive);

        LintResult lint = new Helm(pulled).lint().strict().call();

        assertThat(lint.isFailed()).as(String.join("\n", lint.getMessages())).isFalse();
        assertThat(lint.getMessages()).noneMatch(m -> m.contains("[ERROR]") || m.contains("[WARNING]"));
    }
}
