package io.stackgen.cli;

import static io.stackgen.support.RegistryCli.example;
import static io.stackgen.support.RegistryCli.pack;
import static org.assertj.core.api.Assertions.assertThat;

import io.stackgen.support.CliRun;
import io.stackgen.support.RegistryProcess;
import io.stackgen.support.StackgenProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A source chart pushed to a real registry renders with {@code stackgen render oci://…} exactly as the local
 * chart renders — in a stackgen process of its own whose working directory holds nothing but the values file.
 */
class SourceChartFromRegistryTest {
    @RegisterExtension
    static final RegistryProcess REGISTRY = RegistryProcess.anonymous();

    @TempDir
    Path dist;

    @TempDir
    Path elsewhere;

    record Source(String chart, String version, String example) {
        @Override
        public String toString() {
            return chart + " " + example;
        }
    }

    static Stream<Source> sources() {
        return Stream.of(
                new Source("linera-validator", "0.2.1", "monitoring.yaml"),
                new Source("linera-block-exporter", "0.2.0", "external-indexer.yaml"),
                new Source("linera-validator-stack", "0.2.2", "with-exporter.yaml"),
                new Source("linea-stack", "0.1.0", "production.yaml"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void renderingFromTheRegistryEqualsRenderingTheLocalChart(Source source) throws IOException {
        Path archive = pack(dist, "--source", source.chart());
        assertThat(archive.getFileName()).hasToString(source.chart() + "-" + source.version() + ".stackgen.tgz");
        CliRun push = CliRun.of("push", archive.toString(), REGISTRY.oci("sources"), "--plain-http");
        assertThat(push.exitCode()).as(push.describe()).isZero();
        List<String> local = new ArrayList<>(List.of("render", "v1", source.chart(), "-n", "validators"));
        List<String> remote = new ArrayList<>(List.of("render", "v1", REGISTRY.oci("sources/" + source.chart() + ":" + source.version()),
                "-n", "validators", "--plain-http"));
        List<Path> copied = new ArrayList<>();
        for (String file : valuesFiles(source)) {
            local.addAll(List.of("-f", example(source.chart(), file)));
            remote.addAll(List.of("-f", file));
            copied.add(Files.copy(Path.of(example(source.chart(), file)), elsewhere.resolve(file)));
        }
        CliRun expected = CliRun.of(local.toArray(String[]::new));
        assertThat(expected.exitCode()).as(expected.describe()).isZero();

        StackgenProcess actual = StackgenProcess.run(elsewhere, Map.of(), remote.toArray(String[]::new));

        assertThat(actual.exitCode()).as(actual.describe()).isZero();
        assertThat(actual.out()).isEqualTo(expected.out());
        try (Stream<Path> left = Files.list(elsewhere)) {
            assertThat(left).as("nothing left in the working directory").containsExactlyInAnyOrderElementsOf(copied);
        }
    }

    /** The chart's minimal example first where it has one (its required values), then the example under test. */
    private static List<String> valuesFiles(Source source) {
        return Files.exists(Path.of(example(source.chart(), "minimal.yaml")))
                ? List.of("minimal.yaml", source.example())
                : List.of(source.example());
    }
}
