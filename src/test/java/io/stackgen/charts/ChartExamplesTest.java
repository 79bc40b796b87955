package io.stackgen.charts;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackgen.support.CliRun;
import io.stackgen.support.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example values file a chart ships renders cleanly, so the READMEs' instructions keep working.
 * Where a chart ships a minimal.yaml, the other examples are overlays layered on it, as their headers say;
 * charts that render with their defaults alone have self-contained examples.
 */
class ChartExamplesTest {
    static List<Path> examples() throws IOException {
        Path charts = Fixtures.root().resolve("charts");
        try (Stream<Path> walk = Files.walk(charts)) {
            return walk.filter(p -> p.getParent().getFileName().toString().equals("examples"))
                    .filter(p -> p.toString().endsWith(".yaml"))
                    .sorted()
                    .toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleRenders(Path example) {
        String chart = example.getParent().getParent().getFileName().toString();

        Path minimal = example.resolveSibling("minimal.yaml");
        CliRun run = example.equals(minimal) || !Files.exists(minimal)
                ? CliRun.of("render", "example", chart, "-n", "validators", "-f", example.toString())
                : CliRun.of("render", "example", chart, "-n", "validators", "-f", minimal.toString(), "-f", example.toString());

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("\nkind: ");
    }
}
