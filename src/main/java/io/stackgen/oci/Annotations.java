package io.stackgen.oci;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * The manifest's {@code org.opencontainers.image.*} annotations, derived from Chart.yaml as Helm derives them,
 * except that {@code created} is a given reproducible instant instead of the push time.
 */
final class Annotations {
    static final String PREFIX = "org.opencontainers.image.";
    static final String TITLE = PREFIX + "title";
    static final String VERSION = PREFIX + "version";
    static final String DESCRIPTION = PREFIX + "description";
    static final String URL = PREFIX + "url";
    static final String CREATED = PREFIX + "created";
    static final String SOURCE = PREFIX + "source";
    static final String AUTHORS = PREFIX + "authors";
    /** A chart's own annotations may override anything but these (Helm's rule). */
    private static final Set<String> IMMUTABLE = Set.of(TITLE, VERSION);

    private Annotations() {
    }

    /** Sorted by key, so the manifest's bytes do not depend on Chart.yaml's key order. */
    static Map<String, String> of(Map<String, Object> chartYaml, Instant created) {
        Map<String, String> out = new TreeMap<>();
        putIfText(out, DESCRIPTION, chartYaml.get("description"));
        putIfText(out, TITLE, chartYaml.get("name"));
        putIfText(out, VERSION, chartYaml.get("version"));
        putIfText(out, URL, chartYaml.get("home"));
        out.put(CREATED, DateTimeFormatter.ISO_INSTANT.format(created.truncatedTo(ChronoUnit.SECONDS)));
        if (chartYaml.get("sources") instanceof List<?> sources && !sources.isEmpty()) {
            putIfText(out, SOURCE, sources.get(0));
        }
        if (chartYaml.get("maintainers") instanceof List<?> maintainers && !maintainers.isEmpty()) {
            putIfText(out, AUTHORS, authors(maintainers));
        }
        if (chartYaml.get("annotations") instanceof Map<?, ?> own) {
            strings(own).forEach((key, value) -> {
                if (!IMMUTABLE.contains(key)) {
                    out.put(key, value);
                }
            });
        }
        return out;
    }

    /** "Name (email), Name (email)": Helm's authors format. */
    private static String authors(List<?> maintainers) {
        StringJoiner joined = new StringJoiner(", ");
        for (Object item : maintainers) {
            Map<?, ?> maintainer = item instanceof Map<?, ?> map ? map : Map.of();
            StringBuilder one = new StringBuilder();
            if (maintainer.get("name") != null) {
                one.append(maintainer.get("name"));
            }
            if (maintainer.get("email") != null) {
                one.append(" (").append(maintainer.get("email")).append(')');
            }
            joined.add(one);
        }
        return joined.toString();
    }

    private static void putIfText(Map<String, String> out, String key, Object value) {
        if (value != null && !String.valueOf(value).isBlank()) {
            out.put(key, String.valueOf(value));
        }
    }

    static Map<String, String> strings(Map<?, ?> map) {
        Map<String, String> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
        return out;
    }
}
