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
import io.stackgen.common.UserText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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

    /** By content: a fleet checks the values of many releases of one chart. */
    private static final Map<String, ValuesSchema> PARSED = new ConcurrentHashMap<>();

    private final Schema schema;
    private final Set<String> rootProperties;

    private ValuesSchema(Schema schema, Set<String> rootProperties) {
        this.schema = schema;
        this.rootProperties = rootProperties;
    }

    public static ValuesSchema parse(String display, String json) {
        ValuesSchema parsed = PARSED.get(json);
        if (parsed == null) {
            parsed = compile(display, json);
            PARSED.putIfAbsent(json, parsed);
        }
        return parsed;
    }

    private static ValuesSchema compile(String display, String json) {
        try {
            JsonNode tree = JSON.readTree(json);
            Set<String> declaredRootKeys = rootProperties(tree);
            literalErrorMessages(tree);
            return new ValuesSchema(REGISTRY.getSchema(tree), declaredRootKeys);
        } catch (JsonProcessingException e) {
            String line = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr();
            throw new InputException(display + line + ": not valid JSON: " + UserText.oneLine(e.getOriginalMessage()));
        } catch (RuntimeException e) {
            throw new InputException(display + ": not a usable JSON Schema: " + UserText.oneLine(e.getMessage()));
        }
    }

    /**
     * Problems with {@code values}, one line each: {@code <origin>: <path>: <message>}.
     *
     * @param originOf where the value at a path came from ({@code file:line:col} or a flag), if known
     */
    public List<String> check(Map<String, Object> values, Function<List<Object>, Optional<String>> originOf) {
        return check(values, List.of(), Set.of(), originOf);
    }

    /**
     * Problems with the values of one chart of a release.
     *
     * @param scope    where these values sit in the release's values (a subchart's key, or nothing for the
     *                 root chart); paths in messages and given to {@code originOf} start with it
     * @param reserved root keys the chart is handed without asking for them (Helm's {@code global}, the
     *                 parent's condition key): checked only when the schema declares them, so a strict
     *                 root ({@code additionalProperties: false}) does not refuse them
     */
    public List<String> check(Map<String, Object> values, List<?> scope, Set<String> reserved,
                              Function<List<Object>, Optional<String>> originOf) {
        Map<String, Object> checked = new LinkedHashMap<>(values);
        reserved.stream().filter(key -> !rootProperties.contains(key)).forEach(checked::remove);
        JsonNode node = JSON.valueToTree(checked);
        List<String> problems = new ArrayList<>();
        for (Error error : schema.validate(node)) {
            List<Object> path = new ArrayList<>(scope);
            path.addAll(path(error));
            String origin = path.isEmpty() ? "values" : originOf.apply(path).orElse("values");
            problems.add(origin + ": " + UserText.oneLine(display(path) + ": " + error.getMessage()));
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

    private static Set<String> rootProperties(JsonNode schema) {
        Set<String> names = new HashSet<>();
        schema.path("properties").fieldNames().forEachRemaining(names::add);
        return Set.copyOf(names);
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
}
