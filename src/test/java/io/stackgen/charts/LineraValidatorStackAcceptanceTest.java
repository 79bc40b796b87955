package io.stackgen.charts;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackgen.support.CliRun;
import io.stackgen.support.Fixtures;
import io.stackgen.support.ManifestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The umbrella used as a Helm user would: globals set, the validator switched off, the exporter on,
 * and first a subchart value of the wrong type. The error must name the user's file, line and
 * column and the full values path; once fixed, the output is exactly the golden file
 * (test-fixtures/golden/linera-validator-stack/exporter-only.yaml; after an intended change, write it
 * again with {@code cli/stackgen render rel linera-validator-stack -n validators -f <the fixed values>}).
 */
class LineraValidatorStackAcceptanceTest {
    private static final String VALUES = """
            global:
              commonLabels:
                team: validators
            linera-validator:
              enabled: false
            linera-block-exporter:
              enabled: true
              exporterImage:
                repository: registry.example.com/linera/linera-exporter
              destinations:
                - kind: Indexer
                  endpoint: indexer.linera.svc.cluster.local
                  port: 8081
                  tls: ClearText
              exporter:
                replicas: %s
            """;

    @TempDir
    Path tmp;

    private CliRun render(String replicas) throws IOException {
        Path values = tmp.resolve("exporter-only.yaml");
        Files.writeString(values, VALUES.formatted(replicas));
        return CliRun.of("render", "rel", "linera-validator-stack", "-n", "validators", "-f", values.toString());
    }

    @Test
    void wrongTypeInASubchartValueNamesTheFileLineColumnAndFullPath() throws IOException {
        CliRun run = render("two");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("error: " + tmp.resolve("exporter-only.yaml")
                + ":16:15: linera-block-exporter.exporter.replicas: string found, integer expected\n");
    }

    @Test
    void fixedValuesRenderTheExporterAndTheStorageWithTheGlobalLabelsAndNoValidator() throws IOException {
        CliRun run = render("2");

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.err()).isEmpty();
        Map<String, Object> objects = ManifestData.byIdentity(run.out());
        assertThat(objects.keySet()).containsExactlyInAnyOrder(
                "/ServiceAccount//rel-linera-block-exporter",
                "/ConfigMap//rel-linera-block-exporter-config",
                "/Service//rel-linera-block-exporter",
                "apps/StatefulSet//rel-linera-block-exporter",
                "/ConfigMap/scylla/scylla-config",
                "scylla.scylladb.com/ScyllaCluster/scylla/scylla");
        assertThat(objects.values()).allSatisfy(object -> assertThat(labels(object)).containsEntry("team", "validators"));
        assertThat(run.out()).isEqualTo(Files.readString(Fixtures.path("golden/linera-validator-stack/exporter-only.yaml")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> labels(Object object) {
        return (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) object).get("metadata")).get("labels");
    }
}
