package io.stackgen.chart;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.stackgen.common.InputException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The Markdown table of a chart's values: one row per documented key, with its type and description from
 * values.schema.json and its default from values.yaml (the value users actually get).
 */
public final class ValuesTable {
    public static final String SECTION = "values-table";
    private static final ObjectMapper JSON = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    private static final int LONGEST_INLINE_DEFAULT = 80;

    private final JsonNode schemaRoot;
    private final Map<String, Object> defaults;
    private final List<String> rows = new ArrayList<>();

    private ValuesTable(JsonNode schemaRoot, Map<String, Object> defaults) {
        this.schemaRoot = schemaRoot;
        this.defaults = defaults;
    }

    public static String markdown(Chart chart) {
        String schemaJson = chart.schemaJson().orElseThrow(() ->
                new InputException(chart.display("values.schema.json") + ": missing; the values table is generated from it"));
        JsonNode schema;
        try {
            schema = JSON.readTree(schemaJson);
        } catch (JsonProcessingException e) {
            throw new InputException(chart.display("values.schema.json") + ": not valid JSON: " + e.getOriginalMessage());
        }
        ValuesTable table = new ValuesTable(schema, chart.defaults().tree());
        table.walk(schema, "", Optional.of(table.defaults));
        return "| Key | Type | Default | Description |\n| --- | --- | --- | --- |\n" + String.join("\n", table.rows) + "\n";
    }

    private void walk(JsonNode schema, String prefix, Optional<Object> defaultValue) {
        JsonNode node = resolve(schema);
        JsonNode properties = node.path("properties");
        JsonNode items = resolve(node.path("items"));
        if (properties.isObject() && !properties.isEmpty()) {
            Map<String, JsonNode> sorted = new TreeMap<>();
            properties.fields().forEachRemaining(e -> sorted.put(e.getKey(), e.getValue()));
            sorted.forEach((key, child) -> walk(child, join(prefix, key), member(defaultValue, key)));
        } else if (!prefix.isEmpty() && items.path("properties").isObject() && !items.path("properties").isEmpty()) {
            row(prefix, node, defaultValue);
            walk(items, prefix + "[]", Optional.empty());
        } else if (!prefix.isEmpty()) {
            row(prefix, node, defaultValue);
        }
    }

    private void row(String key, JsonNode node, Optional<Object> defaultValue) {
        String description = node.path("description").asText("");
        rows.add("| `" + key + "` | " + type(node) + " | " + defaultCell(node, defaultValue) + " | " + cell(description) + " |");
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int depth = 0; depth < 32 && current.has("$ref"); depth++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                return current;
            }
            current = schemaRoot.at(ref.substring(1));
        }
        return current;
    }

    private static String type(JsonNode node) {
        List<String> types = new ArrayList<>();
        JsonNode type = node.path("type");
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type.isTextual()) {
            types.add(type.asText());
        }
        if (node.has("enum")) {
            List<String> values = new ArrayList<>();
            for (Iterator<JsonNode> it = node.get("enum").elements(); it.hasNext(); ) {
                values.add(it.next().toString());
            }
            return cell((types.isEmpty() ? "" : String.join(" \\| ", types) + " ") + "one of " + String.join(", ", values));
        }
        return types.isEmpty() ? "any" : String.join(" \\| ", types);
    }

    private static String defaultCell(JsonNode node, Optional<Object> defaultValue) {
        Object value = defaultValue.orElse(null);
        if (defaultValue.isEmpty() && node.has("default")) {
            value = node.get("default");
        } else if (defaultValue.isEmpty()) {
            return "";
        }
        String json;
        try {
            json = JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            json = String.valueOf(value);
        }
        if (json.length() > LONGEST_INLINE_DEFAULT) {
            return "see values.yaml";
        }
        return "`" + json.replace("|", "\\|") + "`";
    }

    private static Optional<Object> member(Optional<Object> parent, String key) {
        return parent.filter(Map.class::isInstance).map(m -> (Map<?, ?>) m)
                .filter(m -> m.containsKey(key)).map(m -> m.get(key));
    }

    private static String join(String prefix, String key) {
        String safe = key.matches("[A-Za-z0-9_-]+") ? key : "\"" + key + "\"";
        return prefix.isEmpty() ? safe : prefix + "." + safe;
    }

    private static String cell(String text) {
        return text.replace("\r", "").replace("\n", " ").replace("|", "\\|").strip();
    }
}
