package io.stackgen.packaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** {@code sha256:<hex>} of values as canonical JSON (keys sorted at every level, no spaces). */
final class ValuesDigest {
    private static final ObjectMapper CANONICAL = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private ValuesDigest() {
    }

    static String of(Map<String, Object> values) {
        try {
            return "sha256:" + PackagedChart.sha256(CANONICAL.writeValueAsString(values).getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("values that came from YAML are JSON data", e);
        }
    }
}
