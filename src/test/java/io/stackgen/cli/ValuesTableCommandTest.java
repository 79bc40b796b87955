package io.stackgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackgen.support.CliRun;
import io.stackgen.support.TestChart;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValuesTableCommandTest {
    private static final String SCHEMA = """
            {
              "type": "object",
              "$defs": {"port": {"type": "integer", "description": "A TCP port."}},
              "properties": {
                "image": {"type": "object", "properties": {
                  "tag": {"type": "string", "description": "Image tag | pinned."},
                  "pullPolicy": {"enum": ["Always", "IfNotPresent"], "description": "When to pull."}}},
                "port": {"$ref": "#/$defs/port"},
                "peers": {"type": "array", "description": "Peers to dial.",
                          "items": {"type": "object", "properties": {"host": {"type": "string", "description": "Host name."}}}},
                "extra": {"type": ["object", "null"], "default": {}, "description": "Free-form\\nextras."}
              }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void tableListsEveryKeyWithTypeDefaultAndDescription() {
        TestChart chart = chart();

        CliRun run = CliRun.of("values-table", chart.path());

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out()).isEqualTo("""
                | Key | Type | Default | Description |
                | --- | --- | --- | --- |
                | `extra` | object \\| null | `{}` | Free-form extras. |
                | `image.pullPolicy` | one of "Always", "IfNotPresent" | `"IfNotPresent"` | When to pull. |
                | `image.tag` | string | `"1.2"` | Image tag \\| pinned. |
                | `peers` | array | `[{"host":"a"}]` | Peers to dial. |
                | `peers[].host` | string |  | Host name. |
                | `port` | integer | `8080` | A TCP port. |
                """);
    }

    @Test
    void checkFailsOnAStaleReadmeAndWriteMendsIt() throws IOException {
        TestChart chart = chart();
        Path readme = Path.of(chart.path(), "README.md");
        Files.writeString(readme, "# x\n\n<!-- values-table:start -->\nold\n<!-- values-table:end -->\n\nafter\n");

        CliRun stale = CliRun.of("values-table", chart.path(), "--check");
        CliRun write = CliRun.of("values-table", chart.path(), "--write");
        CliRun fresh = CliRun.of("values-table", chart.path(), "--check");

        assertThat(stale.exitCode()).isEqualTo(1);
        assertThat(stale.err()).contains("README.md: the values table is stale; run 'stackgen values-table");
        assertThat(write.exitCode()).as(write.describe()).isZero();
        assertThat(fresh.exitCode()).as(fresh.describe()).isZero();
        assertThat(Files.readString(readme)).startsWith("# x\n\n<!-- values-table:start -->\n| Key |")
                .contains("| `port` | integer | `8080` | A TCP port. |\n<!-- values-table:end -->\n\nafter\n");
    }

    @Test
    void readmeWithoutMarkersIsAnInputError() throws IOException {
        TestChart chart = chart();
        Files.writeString(Path.of(chart.path(), "README.md"), "# no table here\n");

        CliRun run = CliRun.of("values-table", chart.path(), "--write");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("README.md: no '<!-- values-table:start -->' / '<!-- values-table:end -->' marker lines");
    }

    private TestChart chart() {
        return TestChart.in(dir)
                .values("image:\n  tag: '1.2'\n  pullPolicy: IfNotPresent\nport: 8080\npeers:\n  - host: a\nextra: {}\n")
                .file("values.schema.json", SCHEMA);
    }
}
