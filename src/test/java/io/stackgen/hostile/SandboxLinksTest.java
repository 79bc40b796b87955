package io.stackgen.hostile;

import static io.stackgen.support.TestChart.configMap;

import io.stackgen.support.Hostile;
import io.stackgen.support.TestChart;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Symbolic links out of a chart and oversized chart files, made at test time: a chart reads only itself. */
class SandboxLinksTest {
    @TempDir
    Path dir;

    private Path outside;
    private TestChart chart;

    @BeforeEach
    void plantASecretOutsideTheChart() throws IOException {
        outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "  stolen: \"" + Hostile.PLANTED_SECRETS.get(0) + "\"\n");
        chart = TestChart.in(dir.resolve("chart"));
    }

    @Test
    void aTemplateFileLinkedOutsideIsRefused() throws IOException {
        renderWithLink("{% include '_link.j2' %}", "templates/_link.j2", outside.resolve("secret.txt"))
                .says("chart/templates/_link.j2: a symbolic link that leads outside the chart");
    }

    @Test
    void aTemplateDirectoryLinkedOutsideIsRefused() throws IOException {
        renderWithLink("{% include 'lib/secret.txt' %}", "templates/lib", outside)
                .says("chart/templates/cm.yaml.j2:6: template 'lib/secret.txt' links outside the chart");
    }

    @Test
    void aRenderedTemplateLinkedOutsideIsRefused() throws IOException {
        renderWithLink("  v: x", "templates/steal.yaml.j2", outside.resolve("secret.txt"))
                .says("chart/templates/steal.yaml.j2: a symbolic link that leads outside the chart");
    }

    @Test
    void aChartFileLinkedOutsideIsRefused() throws IOException {
        renderWithLink("  v: {{ files['secret.txt'] | quote }}", "files/secret.txt", outside.resolve("secret.txt"))
                .says("chart/files/secret.txt: a symbolic link that leads outside the chart");
    }

    @Test
    void aChartFileDirectoryLinkedOutsideIsNotListed() throws IOException {
        renderWithLink("  v: {{ files['linked/secret.txt'] | quote }}", "files/linked", outside)
                .says("chart/templates/cm.yaml.j2:6: undefined value 'files[\"linked/secret.txt\"]'");
    }

    @Test
    void aHugeChartFileIsRefusedBeforeItIsRead() throws IOException {
        chart.template("cm.yaml.j2", configMap("  v: {{ files['big.bin'] | length }}"));
        Files.createDirectories(dir.resolve("chart/files"));
        try (RandomAccessFile big = new RandomAccessFile(dir.resolve("chart/files/big.bin").toFile(), "rw")) {
            big.setLength(300L * 1024 * 1024);
        }

        render().says("chart/templates/cm.yaml.j2:6: files['big.bin'] is 314572800 bytes, over the limit of 16777216"
                + " bytes for a file a template reads");
    }

    /** Renders the chart with {@code template} as its ConfigMap body and a link at {@code link} to {@code target}. */
    private Hostile.Outcome renderWithLink(String template, String link, Path target) throws IOException {
        chart.template("cm.yaml.j2", configMap(template));
        Path at = dir.resolve("chart").resolve(link);
        Files.createDirectories(at.getParent());
        Files.createSymbolicLink(at, target);
        return render();
    }

    private Hostile.Outcome render() {
        return Hostile.run("render", chart.path()).fails(2);
    }
}
