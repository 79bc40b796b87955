package io.stackgen.packaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values.schema.json of a chart whose objects are already rendered: it accepts no values. Helm
 * 3.18+ and 4 validate with santhosh-tekuri/jsonschema, which reports a failed {@code const} as
 * {@code - at '/<key>': value must be '<const>'}, so the refusal is a {@code const} under
 * {@code additionalProperties} whose text is the explanation. {@code global} stays allowed (Helm and
 * Argo CD may pass it; nothing reads it), and so do the keys of subcharts, whose own schema refuses
 * their values.
 */
final class FixedValuesSchema {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private FixedValuesSchema() {
    }

    /** The text Helm shows for any value given: it reads on from Helm's "value must be". */
    static String refusal(String command) {
        return "not set: the values were fixed at packaging time by \"" + command
                + "\"; change them there and package again";
    }

    static String json(String command, List<String> subchartKeys) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("global", Map.of("description", "Accepted for Helm and Argo CD, and ignored."));
        subchartKeys.forEach(key -> properties.put(key, Map.of("description", "A subchart: its own schema refuses values.")));
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("title", "No values: every object of this chart was rendered by stackgen");
        schema.put("type", "object");
        schema.put("properties", properties);
        schema.put("additionalProperties", Map.of("const", refusal(command)));
        try {
            return JSON.writeValueAsString(schema) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
