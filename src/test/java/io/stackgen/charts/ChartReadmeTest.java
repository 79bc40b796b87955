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

/** Each chart README's values table is the one `stackgen values-table` generates: CI fails when it is stale. */
class ChartReadmeTest {
    static List<Path> charts() throws IOException {
        try (Stream<Path> dirs = Files.list(Fixtures.root().resolve("charts"))) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("Chart.yaml"))).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("charts")
    void valuesTableIsCurrent(Path chart) {
        CliRun run = CliRun.of("values-table", chart.toString(), "--check");

        assertThat(run.exitCode())
                .as("%s — regenerate with: cli/stackgen values-table charts/%s --write", run.describe(), chart.getFileName())
                .isZero();
    }
}
