package io.stackgen.oci;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Settings and artifacts for registry tests; the archive bytes are opaque to the OCI layer. */
final class OciTestSupport {
    static final Instant EPOCH = Instant.parse("2000-01-01T00:00:00Z");

    private OciTestSupport() {
    }

    /** Plain HTTP, 10 s timeout, no docker config; requests are traced into {@code trace}. */
    static RegistrySettings plain(Optional<Credentials> credentials, List<String> trace) {
        return new RegistrySettings(true, Duration.ofSeconds(10), credentials, Path.of("/nonexistent/config.json"),
                trace::add);
    }

    static RegistrySettings plain() {
        return plain(Optional.empty(), new ArrayList<>());
    }

    static Map<String, Object> chartYaml(String name, String version) {
        Map<String, Object> yaml = new LinkedHashMap<>();
        yaml.put("apiVersion", "v2");
        yaml.put("name", name);
        yaml.put("version", version);
        yaml.put("description", "A test chart");
        yaml.put("appVersion", "1.0");
        return yaml;
    }

    static ChartArtifact artifact(ChartKind kind, String name, String version, String content) {
        return new ChartArtifact(kind, chartYaml(name, version), content.getBytes(StandardCharsets.UTF_8), EPOCH);
    }
}
