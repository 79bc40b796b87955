package io.stackgen.oci;

import java.time.Instant;
import java.util.Map;

/**
 * A chart archive ready to push: its kind, its Chart.yaml (already read from the archive), the archive's bytes,
 * and the instant recorded as {@code org.opencontainers.image.created} (reproducible, never the push time).
 */
public record ChartArtifact(ChartKind kind, Map<String, Object> chartYaml, byte[] archive, Instant created) {
    public String name() {
        return String.valueOf(chartYaml.get("name"));
    }

    public String version() {
        return String.valueOf(chartYaml.get("version"));
    }
}
