package io.stackgen.oci;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The config blob and annotations follow Helm's rules, independent of Chart.yaml's key order. */
class ChartConfigTest {
    private static Map<String, Object> chartYaml() {
        Map<String, Object> yaml = new LinkedHashMap<>();
        yaml.put("type", "application");
        yaml.put("version", "0.2.1");
        yaml.put("name", "linera-validator");
        yaml.put("apiVersion", "v2");
        yaml.put("home", "https://linera.io");
        yaml.put("sources", List.of("https://github.com/linera-io/linera-protocol", "https://example.org"));
        yaml.put("maintainers", List.of(Map.of("name", "Ops", "email", "ops@example.org"), Map.of("name", "Dev")));
        yaml.put("annotations", Map.of("org.opencontainers.image.title", "ignored", "example.org/tier", "core",
                "org.opencontainers.image.url", "https://override.example"));
        yaml.put("dependencies", List.of(Map.of("name", "common", "repository", "file://../common", "condition", "common.enabled")));
        return yaml;
    }

    @Test
    void theConfigIsChartYamlInHelmsFieldOrderOmittingEmptyFields() {
        String json = new String(ChartConfig.json(chartYaml()), StandardCharsets.UTF_8);

        assertThat(json).isEqualTo("{\"name\":\"linera-validator\",\"home\":\"https://linera.io\","
                + "\"sources\":[\"https://github.com/linera-io/linera-protocol\",\"https://example.org\"],\"version\":\"0.2.1\","
                + "\"maintainers\":[{\"name\":\"Ops\",\"email\":\"ops@example.org\"},{\"name\":\"Dev\"}],\"apiVersion\":\"v2\","
                + "\"annotations\":{\"example.org/tier\":\"core\",\"org.opencontainers.image.title\":\"ignored\","
                + "\"org.opencontainers.image.url\":\"https://override.example\"},"
                + "\"dependencies\":[{\"name\":\"common\",\"repository\":\"file://../common\",\"condition\":\"common.enabled\"}],"
                + "\"type\":\"application\"}");
    }

    @Test
    void annotationsAreHelmsWithAReproducibleCreatedTime() {
        Map<String, String> annotations = Annotations.of(chartYaml(), Instant.parse("2024-05-06T07:08:09.123Z"));

        assertThat(annotations).containsExactly(
                Map.entry("example.org/tier", "core"),
                Map.entry("org.opencontainers.image.authors", "Ops (ops@example.org), Dev"),
                Map.entry("org.opencontainers.image.created", "2024-05-06T07:08:09Z"),
                Map.entry("org.opencontainers.image.source", "https://github.com/linera-io/linera-protocol"),
                Map.entry("org.opencontainers.image.title", "linera-validator"),
                Map.entry("org.opencontainers.image.url", "https://override.example"),
                Map.entry("org.opencontainers.image.version", "0.2.1"));
    }

    @Test
    void theSameChartGivesTheSameManifestBytes() {
        Map<String, Object> reordered = new LinkedHashMap<>();
        List<String> keys = List.copyOf(chartYaml().keySet());
        for (int i = keys.size() - 1; i >= 0; i--) {
            reordered.put(keys.get(i), chartYaml().get(keys.get(i)));
        }
        Instant created = Instant.EPOCH;

        assertThat(manifest(reordered, created)).isEqualTo(manifest(chartYaml(), created));
        assertThat(manifest(chartYaml(), created.plusSeconds(1))).isNotEqualTo(manifest(chartYaml(), created));
    }

    private static byte[] manifest(Map<String, Object> yaml, Instant created) {
        byte[] config = ChartConfig.json(yaml);
        return new ImageManifest(ImageManifest.Descriptor.of(ChartKind.HELM_CHART.configMediaType(), config),
                List.of(ImageManifest.Descriptor.of(ChartKind.HELM_CHART.layerMediaType(), new byte[] {1, 2, 3})),
                Annotations.of(yaml, created)).json();
    }
}
