package io.stackgen.values;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import io.stackgen.common.InputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A chart's values.schema.json, checked against final values. Draft 2020-12 unless the schema's
 * {@code $schema} names another draft (draft-07 charts keep working); {@code format} is asserted; a
 * schema may carry custom messages under {@code errorMessage}. Each error names where the offending
 * value came from, the JSON path, and what was expected.
 */
public final class ValuesSchema {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder()
                    .formatAssertionsEnabled(true)
                    .errorMessageKeyword("errorMessage")
                    .build()));

    private final Schema schema;

    private ValuesSchema(Schema schema) {
        this.schema = schema;
    }

    public static ValuesSchema parse(String display, String json) {
        try {
            JsonNode tree = JSON.readTree(json);
            literalErrorMessages(tree);
            return new ValuesSchema(REGISTRY.getSchema(tree));
        } catch (JsonProcessingException e) {
            String line = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr();
            throw new InputException(display + line + ": not valid JSON: " + oneLine(e.getOriginalMessage()));
        } catch (RuntimeException e) {
            throw new InputException(display + ": not a usable JSON Schema: " + oneLine(e.getMessage()));
        }
    }

    /**
     * Problems with {@code values}, one line each: {@code <origin>: <path>: <message>}.
     *
     * @param originOf where the value at a path came from ({@code file:line:col} or a flag), if known
     */
    public List<String> check(Map<String, Object> values, Function<List<Object>, Optional<String>> originOf) {
        JsonNode node = JSON.valueToTree(values);
        List<String> problems = new ArrayList<>();
        for (Error error : schema.validate(node)) {
            List<Object> path = path(error);
            String origin = path.isEmpty() ? "values" : originOf.apply(path).orElse("values");
            problems.add(origin + ": " + display(path) + ": " + oneLine(error.getMessage()));
        }
        return problems;
    }

    /**
     * The validator formats {@code errorMessage} texts that contain a brace with {@link java.text.MessageFormat},
     * which then fails or drops apostrophes; chart authors write plain sentences, so such texts are quoted.
     */
    private static void literalErrorMessages(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode message = object.get("errorMessage");
            if (message != null && message.isTextual()) {
                object.put("errorMessage", quoteForMessageFormat(message.asText()));
            } else if (message instanceof ObjectNode perKeyword) {
                perKeyword.properties().forEach(e -> {
                    if (e.getValue().isTextual()) {
                        e.setValue(TextNode.valueOf(quoteForMessageFormat(e.getValue().asText())));
                    }
                });
            }
        }
        node.forEach(ValuesSchema::literalErrorMessages);
    }

    private static String quoteForMessageFormat(String text) {
        return text.contains("{") ? "'" + text.replace("'", "''") + "'" : text;
    }

    private static List<Object> path(Error error) {
        List<Object> path = new ArrayList<>();
        NodePath location = error.getInstanceLocation();
        for (int i = 0; i < location.getNameCount(); i++) {
            path.add(location.getElement(i));
        }
        if (error.getProperty() != null && ("required".equals(error.getKeyword())
                || "additionalProperties".equals(error.getKeyword())
                || "unevaluatedProperties".equals(error.getKeyword()))) {
            path.add(error.getProperty());
        }
        return path;
    }

    private static String display(List<?> path) {
        return path.isEmpty() ? "(root)" : ValuesPath.render(path);
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").trim();
    }
}
