package io.stackgen.oci;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The config blob of a chart manifest: Chart.yaml's metadata as JSON, with Helm's field order and its
 * "omit empty" rule (what Helm's {@code json.Marshal(chart.Metadata)} writes), so tools that read Helm's
 * config blob read ours.
 */
final class ChartConfig {
    private static final List<String> STRING_FIELDS_BEFORE_SOURCES = List.of("name", "home");
    private static final List<String> MAINTAINER_FIELDS = List.of("name", "email", "url");

    private ChartConfig() {
    }

    static byte[] json(Map<String, Object> chartYaml) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        STRING_FIELDS_BEFORE_SOURCES.forEach(f -> putString(node, f, chartYaml.get(f)));
        putStrings(node, "sources", chartYaml.get("sources"));
        putString(node, "version", chartYaml.get("version"));
        putString(node, "description", chartYaml.get("description"));
        putStrings(node, "keywords", chartYaml.get("keywords"));
        putMaintainers(node, chartYaml.get("maintainers"));
        putString(node, "icon", chartYaml.get("icon"));
        putString(node, "apiVersion", chartYaml.get("apiVersion"));
        putString(node, "condition", chartYaml.get("condition"));
        putString(node, "tags", chartYaml.get("tags"));
        putString(node, "appVersion", chartYaml.get("appVersion"));
        if (Boolean.TRUE.equals(chartYaml.get("deprecated"))) {
            node.put("deprecated", true);
        }
        putAnnotations(node, chartYaml.get("annotations"));
        putString(node, "kubeVersion", chartYaml.get("kubeVersion"));
        putDependencies(node, chartYaml.get("dependencies"));
        putString(node, "type", chartYaml.get("type"));
        return Json.bytes(node);
    }

    private static void putString(ObjectNode node, String field, Object value) {
        if (value != null && !String.valueOf(value).isEmpty()) {
            node.put(field, String.valueOf(value));
        }
    }

    private static void putStrings(ObjectNode node, String field, Object value) {
        if (value instanceof List<?> list && !list.isEmpty()) {
            ArrayNode array = node.putArray(field);
            list.forEach(item -> array.add(String.valueOf(item)));
        }
    }

    private static void putMaintainers(ObjectNode node, Object value) {
        if (value instanceof List<?> list && !list.isEmpty()) {
            ArrayNode array = node.putArray("maintainers");
            for (Object item : list) {
                ObjectNode maintainer = array.addObject();
                if (item instanceof Map<?, ?> map) {
                    MAINTAINER_FIELDS.forEach(f -> putString(maintainer, f, map.get(f)));
                }
            }
        }
    }

    private static void putAnnotations(ObjectNode node, Object value) {
        if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            ObjectNode annotations = node.putObject("annotations");
            new TreeMap<>(Annotations.strings(map)).forEach(annotations::put);
        }
    }

    private static void putDependencies(ObjectNode node, Object value) {
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            return;
        }
        ArrayNode array = node.putArray("dependencies");
        for (Object item : list) {
            Map<?, ?> dep = item instanceof Map<?, ?> map ? map : Map.of();
            ObjectNode out = array.addObject();
            out.put("name", dep.get("name") == null ? "" : String.valueOf(dep.get("name")));
            putString(out, "version", dep.get("version"));
            out.put("repository", dep.get("repository") == null ? "" : String.valueOf(dep.get("repository")));
            putString(out, "condition", dep.get("condition"));
            putStrings(out, "tags", dep.get("tags"));
            if (Boolean.TRUE.equals(dep.get("enabled"))) {
                out.put("enabled", true);
            }
            if (dep.get("import-values") instanceof List<?> imports && !imports.isEmpty()) {
                out.set("import-values", Json.MAPPER.valueToTree(imports));
            }
            putString(out, "alias", dep.get("alias"));
            putStrings(out, "depends-on", dep.get("depends-on"));
        }
    }
}
