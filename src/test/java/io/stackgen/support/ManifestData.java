package io.stackgen.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Multi-document YAML as data, keyed by (API group, kind, namespace, name), with the differences the
 * reference README allows removed: labels naming the rendering tool, Helm test hook pods, and the
 * values of checksum/* annotations. A key repeated in one mapping keeps its last value, as the
 * lenient parsers that accepted the upstream renders do (stackgen's own output never repeats a key:
 * the render refuses it).
 */
public final class ManifestData {
    private ManifestData() {
    }

    public static Map<String, Object> byIdentity(String yaml) {
        Map<String, Object> objects = new LinkedHashMap<>();
        for (Object doc : new Load(LoadSettings.builder().setAllowDuplicateKeys(true).build()).loadAllFromString(yaml)) {
            if (!(doc instanceof Map<?, ?> map)) {
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> object = (Map<String, Object>) deepCopy(map);
            if (isHelmTestHook(object)) {
                continue;
            }
            normalise(object);
            String key = identity(object);
            if (objects.put(key, object) != null) {
                throw new IllegalStateException("two objects named " + key);
            }
        }
        return objects;
    }

    public static String identity(Map<String, Object> object) {
        String apiVersion = String.valueOf(object.get("apiVersion"));
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        Map<?, ?> metadata = (Map<?, ?>) object.getOrDefault("metadata", Map.of());
        Object ns = metadata.get("namespace");
        return group + "/" + object.get("kind") + "/" + (ns == null ? "" : ns) + "/" + metadata.get("name");
    }

    private static boolean isHelmTestHook(Map<String, Object> object) {
        Map<?, ?> metadata = (Map<?, ?>) object.getOrDefault("metadata", Map.of());
        return metadata.get("annotations") instanceof Map<?, ?> annotations && "test".equals(annotations.get("helm.sh/hook"));
    }

    @SuppressWarnings("unchecked")
    private static void normalise(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> m = (Map<String, Object>) map;
            if (m.get("labels") instanceof Map<?, ?> labels) {
                labels.remove("helm.sh/chart");
                labels.remove("app.kubernetes.io/managed-by");
            }
            if (m.get("annotations") instanceof Map<?, ?> annotations) {
                ((Map<String, Object>) annotations).replaceAll((k, v) -> k.startsWith("checksum/") ? "<checksum>" : v);
            }
            m.values().forEach(ManifestData::normalise);
        } else if (node instanceof List<?> list) {
            list.forEach(ManifestData::normalise);
        }
    }

    private static Object deepCopy(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), deepCopy(v)));
            return copy;
        }
        if (node instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(deepCopy(v)));
            return copy;
        }
        return node;
    }
}
