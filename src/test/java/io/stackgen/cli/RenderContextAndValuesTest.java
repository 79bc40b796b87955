package io.stackgen.cli;

import static io.stackgen.support.TestChart.configMap;
import static org.assertj.core.api.Assertions.assertThat;

import io.stackgen.support.CliRun;
import io.stackgen.support.TestChart;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What reaches a template: layered values, release, capabilities, files; and what the schema says of them. */
class RenderContextAndValuesTest {
    @TempDir
    Path dir;

    @Test
    void flagsApplyInHelmPrecedenceWhateverTheirOrder() throws IOException {
        TestChart chart = TestChart.in(dir.resolve("c")).values("a: chart\nb: chart\nc: chart\nd: chart\ne: chart\nkeep: chart\n")
                .template("cm.yaml.j2", configMap(
                        "{% for k, v in values.items() %}\n  {{ k }}: {{ v | tostring | quote }}\n{% endfor %}"));
        Path file = dir.resolve("f.yaml");
        Files.writeString(file, "a: file\nb: file\nc: file\nd: file\ne: file\n");
        Path content = dir.resolve("content.txt");
        Files.writeString(content, "from-file");

        CliRun run = CliRun.of("render", chart.path(),
                "--set-file", "e=" + content, "--set-string", "d=string", "--set", "c=set,d=set,e=set",
                "--set-json", "b=\"json\"", "--set-json", "c=\"json\"", "-f", file.toString());

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out()).contains("a: \"file\"", "b: \"json\"", "c: \"set\"", "d: \"string\"", "e: \"from-file\"", "keep: \"chart\"");
    }

    @Test
    void nullFromUserDeletesAChartDefault() {
        TestChart chart = TestChart.in(dir).values("extra: {a: 1, b: 2}\n").template("cm.yaml.j2", configMap(
                "  keys: \"{{ values.extra.keys() | join(',') }}\""));

        CliRun run = CliRun.of("render", chart.path(), "--set", "extra.a=null");

        assertThat(run.out()).contains("keys: \"b\"");
    }

    @Test
    void releaseCapabilitiesAndFilesReachTemplates() {
        TestChart chart = TestChart.in(dir).file("files/conf/app.toml", "port = 8080\n").template("cm.yaml.j2", configMap(
                "  release: {{ release.name }}/{{ release.namespace }}/{{ release.service }}\n"
                        + "  chart: {{ chart.name }}-{{ chart.version }}-{{ chart.appVersion }}\n"
                        + "  kube: \"{{ capabilities.kubeVersion.major }}.{{ capabilities.kubeVersion.minor }}\"\n"
                        + "  monitoring: \"{{ 'monitoring.coreos.com/v1' in capabilities.apiVersions }}\"\n"
                        + "  apps: \"{{ 'apps/v1' in capabilities.apiVersions }}\"\n"
                        + "  app.toml: {{ files['conf/app.toml'] | quote }}"));

        CliRun run = CliRun.of("render", "r1", chart.path(), "-n", "ns1", "--kube-version", "1.29.3",
                "--api-versions", "monitoring.coreos.com/v1");

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out()).contains("release: r1/ns1/stackgen", "chart: demo-1.0.0-2.0", "kube: \"1.29\"",
                "monitoring: \"true\"", "apps: \"true\"", "app.toml: \"port = 8080\\n\"");
    }

    @Test
    void draft07SchemaIsHonoured() {
        TestChart chart = TestChart.in(dir).values("port: 80\n")
                .file("values.schema.json", """
                        {"$schema": "http://json-schema.org/draft-07/schema#",
                         "definitions": {"port": {"type": "integer", "minimum": 1, "maximum": 65535}},
                         "properties": {"port": {"$ref": "#/definitions/port"}}}
                        """)
                .template("cm.yaml.j2", configMap("  port: \"{{ values.port }}\""));

        CliRun ok = CliRun.of("render", chart.path());
        CliRun bad = CliRun.of("render", chart.path(), "--set", "port=70000");

        assertThat(ok.exitCode()).as(ok.describe()).isZero();
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).isEqualTo("error: --set port=...: port: must have a maximum value of 65535\n");
    }

    @Test
    void schemaErrorInChartDefaultsSaysSo() {
        TestChart chart = TestChart.in(dir).values("image:\n  repository: \"\"\n")
                .file("values.schema.json", "{\"properties\": {\"image\": {\"properties\": {\"repository\": {\"minLength\": 1}}}}}")
                .template("cm.yaml.j2", configMap("  x: y"));

        CliRun run = CliRun.of("render", chart.path());

        assertThat(run.err()).startsWith("error: " + chart.path() + "/values.yaml:2:15 (chart default): image.repository:");
    }

    @Test
    void skipSchemaValidationSkipsIt() {
        TestChart chart = TestChart.in(dir).values("port: 0\n")
                .file("values.schema.json", "{\"properties\": {\"port\": {\"minimum\": 1}}}")
                .template("cm.yaml.j2", configMap("  port: \"{{ values.port }}\""));

        assertThat(CliRun.of("render", chart.path()).exitCode()).isEqualTo(2);
        assertThat(CliRun.of("render", chart.path(), "--skip-schema-validation").exitCode()).isZero();
    }
}
