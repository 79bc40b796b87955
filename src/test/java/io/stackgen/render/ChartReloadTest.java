package io.stackgen.render;

import static io.stackgen.support.TestChart.configMap;
import static org.assertj.core.api.Assertions.assertThat;

import io.stackgen.support.CliRun;
import io.stackgen.support.TestChart;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a render reads once per loaded chart (template texts, the files/ folder) is kept for that load only: a chart
 * loaded again in the same process, after its files changed on disk, renders what is there now.
 */
class ChartReloadTest {
    @TempDir
    Path dir;

    @Test
    void anEditedTemplateIsReadAgainByTheNextLoad() throws IOException {
        TestChart chart = TestChart.in(dir).template("a.yaml.j2", configMap("  v: first"));
        assertThat(CliRun.of("render", chart.path()).out()).contains("  v: first\n");

        Files.writeString(dir.resolve("templates/a.yaml.j2"), configMap("  v: second"));

        CliRun again = CliRun.of("render", chart.path());
        assertThat(again.exitCode()).as(again.describe()).isZero();
        assertThat(again.out()).contains("  v: second\n").doesNotContain("first");
    }

    @Test
    void anEditedOrAddedFileIsReadAgainByTheNextLoad() throws IOException {
        TestChart chart = TestChart.in(dir).file("files/a.txt", "first")
                .template("a.yaml.j2", configMap("  v: {{ files['a.txt'] }}{{ ' and b' if 'b.txt' in files else '' }}"));
        assertThat(CliRun.of("render", chart.path()).out()).contains("  v: first\n");

        Files.writeString(dir.resolve("files/a.txt"), "second");
        Files.writeString(dir.resolve("files/b.txt"), "new");

        CliRun again = CliRun.of("render", chart.path());
        assertThat(again.exitCode()).as(again.describe()).isZero();
        assertThat(again.out()).contains("  v: second and b\n");
    }
}
