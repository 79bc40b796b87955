package io.stackgen.chart;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which subcharts a release installs, decided as Helm decides it, on the values coalesced with every
 * subchart enabled. Tags first: a dependency is off when one of its tags is false under the top-level
 * {@code tags} map and none is true. Then its condition, which wins over tags: the first of its
 * comma-separated paths (relative to the parent's values) that holds a bool decides; a path that is
 * absent or holds a map is skipped; any other value is skipped with a warning. No bool: enabled.
 */
final class DependencyConditions {
    private DependencyConditions() {
    }

    /** The paths (keys from the release root) of the subcharts to install. */
    static Set<List<String>> enabled(ChartScope everything, List<String> warnings) {
        Set<List<String>> out = new HashSet<>();
        Object tags = everything.values().get("tags");
        collect(everything, tags instanceof Map<?, ?> map ? map : Map.of(), out, warnings);
        return out;
    }

    private static void collect(ChartScope scope, Map<?, ?> tags, Set<List<String>> out, List<String> warnings) {
        for (ChartScope child : scope.subcharts()) {
            Subchart subchart = subchart(scope.chart(), child);
            if (enabled(subchart, scope.values(), tags, warnings)) {
                out.add(child.path());
                collect(child, tags, out, warnings);
            }
        }
    }

    private static Subchart subchart(Chart parent, ChartScope child) {
        String key = child.path().get(child.path().size() - 1);
        return parent.subcharts().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    private static boolean enabled(Subchart subchart, Map<String, Object> values, Map<?, ?> tags, List<String> warnings) {
        Dependency dependency = subchart.dependency();
        boolean enabled = byTags(dependency, tags, subchart.key(), warnings);
        if (dependency.condition() == null) {
            return enabled;
        }
        for (String condition : dependency.condition().split(",")) {
            String path = condition.trim();
            if (path.isEmpty()) {
                continue;
            }
            Object value = lookup(values, path);
            if (value instanceof Boolean bool) {
                return bool;
            }
            if (value != null && !(value instanceof Map<?, ?>)) {
                warnings.add("warning: condition path '" + path + "' for chart " + subchart.key()
                        + " returned non-bool value, ignored");
            }
        }
        return enabled;
    }

    private static boolean byTags(Dependency dependency, Map<?, ?> tags, String key, List<String> warnings) {
        boolean anyTrue = false;
        boolean anyFalse = false;
        for (String tag : dependency.tags()) {
            Object value = tags.get(tag);
            if (value instanceof Boolean bool) {
                anyTrue |= bool;
                anyFalse |= !bool;
            } else if (value != null) {
                warnings.add("warning: tag '" + tag + "' for chart " + key + " returned non-bool value, ignored");
            }
        }
        return anyTrue || !anyFalse;
    }

    /** Helm's PathValue: dot-separated keys through maps; null when any step is missing. */
    private static Object lookup(Map<String, Object> values, String dotted) {
        Object current = values;
        for (String key : dotted.split("\\.", -1)) {
            if (!(current instanceof Map<?, ?> map) || !map.containsKey(key)) {
                return null;
            }
            current = map.get(key);
        }
        return current;
    }
}
