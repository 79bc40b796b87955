package io.stackgen.cli;

import io.stackgen.common.InputException;
import io.stackgen.common.InputFiles;
import io.stackgen.render.Release;
import io.stackgen.values.ValuesFile;
import io.stackgen.values.ValuesLayer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code stackgen.fleet.yaml}: checked against {@code schemas/fleet.schema.json}, release names unique and
 * distinct from group names, defaults applied, and values files and chart directories resolved against the
 * folder of the fleet file. Every problem names file:line:col.
 */
final class FleetFile {
    private static final String SCHEMA = "fleet.schema.json";
    private static final String OCI = "oci://";

    private FleetFile() {
    }

    static Fleet load(String file) {
        return parse(file, InputFiles.read(Path.of(file), "--fleet " + file, "file", ValuesFile.MAX_BYTES));
    }

    /** @param display the fleet file as the user named it; relative paths inside it are resolved against its folder */
    static Fleet parse(String display, byte[] bytes) {
        ValuesLayer file = SchemaCheckedYaml.read(display, bytes, SCHEMA);
        Map<?, ?> defaults = file.tree().get("defaults") instanceof Map<?, ?> map ? map : Map.of();
        List<?> entries = (List<?>) file.tree().get("releases");
        Path base = Path.of(display);
        List<FleetRelease> releases = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Map<?, ?> entry = (Map<?, ?>) entries.get(i);
            String where = file.originOf(List.of("releases", i)).orElse(display);
            releases.add(new FleetRelease(
                    (String) entry.get("name"),
                    chartRef(base, (String) entry.get("chart")),
                    text(entry, defaults, "namespace", "default"),
                    strings(entry.get("groups")),
                    joined(defaults, entry, "values").stream().map(v -> base.resolveSibling(v).normalize().toString()).toList(),
                    joined(defaults, entry, "set"),
                    joined(defaults, entry, "setString"),
                    joined(defaults, entry, "setJson"),
                    text(entry, defaults, "kubeVersion", Release.DEFAULT_KUBE_VERSION),
                    joined(defaults, entry, "apiVersions"),
                    where));
        }
        checkNames(file, releases);
        return new Fleet(display, List.copyOf(releases));
    }

    /** Release names are unique; a group may not share a release's name, or --only would be ambiguous. */
    private static void checkNames(ValuesLayer file, List<FleetRelease> releases) {
        List<String> problems = new ArrayList<>();
        Map<String, String> firstAt = new HashMap<>();
        for (int i = 0; i < releases.size(); i++) {
            String name = releases.get(i).name();
            String at = file.originOf(List.of("releases", i, "name")).orElse(releases.get(i).where());
            String first = firstAt.putIfAbsent(name, at);
            if (first != null) {
                problems.add(at + ": release name '" + name + "' is used twice (first at " + first + ")");
            }
        }
        for (int i = 0; i < releases.size(); i++) {
            List<String> groups = releases.get(i).groups();
            for (int g = 0; g < groups.size(); g++) {
                if (firstAt.containsKey(groups.get(g))) {
                    String at = file.originOf(List.of("releases", i, "groups", g)).orElse(releases.get(i).where());
                    problems.add(at + ": group '" + groups.get(g) + "' has the name of a release (" + firstAt.get(groups.get(g))
                            + "); --only could not tell them apart");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(String.join("\n", problems));
        }
    }

    /**
     * An {@code oci://} reference as written; a path (it has a '/' or starts with '.') or a directory beside the
     * fleet file resolved against the fleet file's folder; else a built-in chart's name.
     */
    private static String chartRef(Path fleetFile, String chart) {
        if (chart.startsWith(OCI)) {
            return chart;
        }
        Path resolved = fleetFile.resolveSibling(chart).normalize();
        boolean looksLikePath = chart.contains("/") || chart.contains("\\") || chart.startsWith(".");
        return looksLikePath || Files.isDirectory(resolved) ? resolved.toString() : chart;
    }

    private static String text(Map<?, ?> release, Map<?, ?> defaults, String key, String fallback) {
        Object value = release.containsKey(key) ? release.get(key) : defaults.get(key);
        return value == null ? fallback : (String) value;
    }

    /** The defaults' list, then the release's. */
    private static List<String> joined(Map<?, ?> defaults, Map<?, ?> release, String key) {
        return Stream.concat(strings(defaults.get(key)).stream(), strings(release.get(key)).stream()).toList();
    }

    private static List<String> strings(Object list) {
        return list instanceof List<?> items ? items.stream().map(String.class::cast).toList() : List.of();
    }
}
