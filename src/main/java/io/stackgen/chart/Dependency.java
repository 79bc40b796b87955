package io.stackgen.chart;

import io.stackgen.common.InputException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One entry of Chart.yaml's {@code dependencies}, as Helm reads it.
 *
 * @param version    a version or constraint ({@code 0.2.1}, {@code ^0.2}, {@code >=1.0.0 <2.0.0}); null: any
 * @param repository where {@code helm dependency update} would fetch it; stackgen reads {@code file://} ones
 * @param condition  comma-separated values paths; the first that holds a bool enables or disables the chart
 * @param alias      the name the subchart is installed under (its values key and its chart name)
 * @param tags       names looked up under the top-level {@code tags} values map
 */
public record Dependency(String name, String version, String repository, String condition, String alias,
                         List<String> tags) {
    private static final Pattern ALIAS = Pattern.compile("[a-zA-Z0-9_-]+");
    private static final Set<String> KNOWN = Set.of("name", "version", "repository", "condition", "alias", "tags",
            "enabled", "import-values");

    /** The key of its values in the parent's values, and its name in source paths and {@code chart.name}. */
    public String key() {
        return alias == null ? name : alias;
    }

    /** Reads {@code raw.dependencies}; {@code display} names the Chart.yaml in errors. */
    static List<Dependency> listFrom(String display, Map<String, Object> raw) {
        Object list = raw.get("dependencies");
        if (list == null) {
            return List.of();
        }
        if (!(list instanceof List<?> entries)) {
            throw new InputException(display + ": dependencies must be a list");
        }
        List<Dependency> out = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (Object entry : entries) {
            Dependency dependency = parse(display, entry);
            if (!keys.add(dependency.key())) {
                throw new InputException(display + ": two dependencies are installed as '" + dependency.key()
                        + "'; give one an alias");
            }
            out.add(dependency);
        }
        return List.copyOf(out);
    }

    private static Dependency parse(String display, Object entry) {
        if (!(entry instanceof Map<?, ?> map)) {
            throw new InputException(display + ": each dependency must be a mapping with name and version");
        }
        String name = string(display, map, "name");
        if (name == null || name.isBlank()) {
            throw new InputException(display + ": a dependency has no name");
        }
        String where = display + ": dependency '" + name + "'";
        for (Object key : map.keySet()) {
            if (!KNOWN.contains(String.valueOf(key))) {
                throw new InputException(where + ": unknown field '" + key + "'");
            }
        }
        if (map.containsKey("import-values")) {
            throw new InputException(where + ": import-values is not supported by stackgen; "
                    + "set the values under the subchart's key instead");
        }
        String alias = string(display, map, "alias");
        if (alias != null && !ALIAS.matcher(alias).matches()) {
            throw new InputException(where + ": alias must be letters, digits, '-' and '_', got '" + alias + "'");
        }
        String version = string(display, map, "version");
        if (version != null) {
            VersionConstraint.parse(where + ": version", version);
        }
        return new Dependency(name, version, string(display, map, "repository"), string(display, map, "condition"),
                alias, tags(where, map.get("tags")));
    }

    private static List<String> tags(String where, Object value) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list) || list.stream().anyMatch(t -> !(t instanceof String))) {
            throw new InputException(where + ": tags must be a list of names");
        }
        return list.stream().map(String::valueOf).toList();
    }

    private static String string(String display, Map<?, ?> map, String key) {
        Object value = map.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            throw new InputException(display + ": dependency field '" + key + "' must be a string");
        }
        return String.valueOf(value);
    }
}
