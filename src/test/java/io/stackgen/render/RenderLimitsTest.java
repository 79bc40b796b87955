package io.stackgen.render;

import static io.stackgen.support.TestChart.configMap;
import static org.assertj.core.api.Assertions.assertThat;

import io.stackgen.support.CliRun;
import io.stackgen.support.TestChart;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A chart cannot make stackgen produce unbounded output or loop past the range limit. */
class RenderLimitsTest {
    @TempDir
    Path dir;

    @Test
    void outputLargerThanTheLimitFails() {
        TestChart chart = TestChart.in(dir).template("big.yaml.j2",
                "{% set s = 'xxxxxxxxxxxxxxxxxxxx' %}{% set s = s ~ s ~ s ~ s ~ s ~ s ~ s ~ s ~ s ~ s %}"
                        + configMap("  v: \"{% for i in range(9000) %}{% for j in range(10) %}{{ s }}{% endfor %}{% endfor %}\""));

        CliRun run = CliRun.of("render", chart.path());

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
        assertThat(run.err()).contains("templates/big.yaml.j2:6: ", "over limit of 16777216 bytes").doesNotContain("xxxxxxxxxx");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void recursiveMacrosAreRefused() {
        TestChart chart = TestChart.in(dir).template("r.yaml.j2",
                "{% macro loop(n) %}{{ loop(n) }}{% endmacro %}" + configMap("  v: \"{{ loop(1) }}\""));

        CliRun run = CliRun.of("render", chart.path());

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
    }
}
