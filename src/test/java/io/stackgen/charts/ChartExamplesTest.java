package io.stackgen.charts;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackgen.support.CliRun;
import io.stackgen.support.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example values file a chart ships renders cleanly, so the READMEs' instructions keep working.
 * Where a chart ships a minimal.yaml, the other examples are overlays layered on it, as their headers say;
 * charts that render with their defaults alone have self-contained examples.
 */
class ChartExamplesTest {
    static List<Path> examples() throws IOException {
        return Fixtures.chartExamples();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleRenders(Path example) {
        CliRun run = CliRun.of(command("render", example));

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("\nkind: ");
    }

    /** What the READMEs tell users to deploy must not trip a high or critical lint rule. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleHasNoHighLintFinding(Path example) {
        CliRun run = CliRun.of(command("lint", example));

        assertThat(run.exitCode()).as(run.describe()).isZero();
    }

    @Test
    void lineaStackDefaultsHaveNoHighLintFinding() {
        CliRun run = CliRun.of("lint", "--release", "example", "linea-stack", "-n", "validators", "--fail-on", "high");

        assertThat(run.exitCode()).as(run.describe()).isZero();
    }

    /** {@code render|lint <chart> -f [minimal.yaml] -f example} for release "example" in namespace validators. */
    private static String[] command(String verb, Path example) {
        String chart = example.getParent().getParent().getFileName().toString();
        Path minimal = example.resolveSibling("minimal.yaml");
        List<String> args = new ArrayList<>(verb.equals("render")
                ? List.of("render", "example", chart)
                : List.of("lint", "--release", "example", "--fail-on", "high", chart));
        args.addAll(List.of("-n", "validators"));
        if (!example.equals(minimal) && Files.exists(minimal)) {
            args.addAll(List.of("-f", minimal.toString()));
        }
        args.addAll(List.of("-f", example.toString()));
        return args.toArray(String[]::new);
    }
}
