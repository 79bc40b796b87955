package io.stackgen.chart;

import io.stackgen.common.BoundedYaml;
import io.stackgen.common.InputException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** What Chart.yaml says: Helm's chart API v2 fields that rendering and packaging use. */
public record ChartMetadata(String name, String version, String appVersion, String description, String type,
                            List<Dependency> dependencies, Map<String, Object> raw) {
    /** Semantic Versioning 2.0.0, as Helm requires of a chart version. */
    private static final Pattern SEMVER = Pattern.compile(
            "v?(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?");
    private static final Pattern NAME = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    /** Chart.yaml is a flat list of fields with a few small maps; deeper nesting is a mistake or an attack. */
    private static final int MAX_DEPTH = 20;

    public static ChartMetadata parse(String displayName, String text) {
        LoadSettings settings = LoadSettings.builder().setLabel(displayName).setAllowDuplicateKeys(false).build();
        Optional<Node> node;
        Object doc;
        try {
            node = BoundedYaml.composeOne(displayName, settings, text, MAX_DEPTH);
            doc = new StandardConstructor(settings).constructSingleDocument(node);
        } catch (MarkedYamlEngineException e) {
            throw new InputException(displayName + e.getProblemMark().map(m -> ":" + (m.getLine() + 1) + ":" + (m.getColumn() + 1))
                    .orElse("") + ": not valid YAML: " + BoundedYaml.problem(e));
        } catch (YamlEngineException e) {
            throw new InputException(displayName + ": not valid YAML: " + e.getMessage());
        }
        if (!(doc instanceof Map<?, ?> map)) {
            throw new InputException(displayName + ": must be a YAML mapping with apiVersion, name and version");
        }
        Map<String, Object> raw = new LinkedHashMap<>();
        map.forEach((k, v) -> raw.put(String.valueOf(k), v));
        Map<String, Integer> lines = keyLines((MappingNode) node.orElseThrow());
        String apiVersion = required(displayName, raw, "apiVersion");
        if (!"v2".equals(apiVersion)) {
            throw new InputException(at(displayName, lines, "apiVersion") + "apiVersion must be v2 (Helm 3 charts), got '"
                    + apiVersion + "'");
        }
        String name = required(displayName, raw, "name");
        if (!NAME.matcher(name).matches()) {
            throw new InputException(at(displayName, lines, "name") + "name must be lower-case letters, digits and '-', got '"
                    + name + "'");
        }
        String version = required(displayName, raw, "version");
        checkVersion(at(displayName, lines, "version") + "version", version);
        return new ChartMetadata(name, version, string(raw, "appVersion"), string(raw, "description"),
                string(raw, "type"), Dependency.listFrom(displayName, raw), raw);
    }

    private static String required(String displayName, Map<String, Object> raw, String key) {
        String value = string(raw, key);
        if (value == null || value.isBlank()) {
            throw new InputException(displayName + ": " + key + " is missing (Helm requires apiVersion, name and version)");
        }
        return value;
    }

    /** 1-based line of each top-level key. */
    private static Map<String, Integer> keyLines(MappingNode root) {
        Map<String, Integer> lines = new HashMap<>();
        for (NodeTuple entry : root.getValue()) {
            if (entry.getKeyNode() instanceof ScalarNode key) {
                key.getStartMark().ifPresent(m -> lines.put(key.getValue(), m.getLine() + 1));
            }
        }
        return lines;
    }

    private static String at(String displayName, Map<String, Integer> lines, String key) {
        return displayName + (lines.containsKey(key) ? ":" + lines.get(key) : "") + ": ";
    }

    /** Refuses a chart version that is not a semantic version, as Helm does; {@code display} names it. */
    public static void checkVersion(String display, String version) {
        if (version == null || !SEMVER.matcher(version).matches()) {
            throw new InputException(display + " must be a semantic version such as 1.2.3, got '" + version + "'");
        }
    }

    /** The same chart installed under another name, as Helm does for a dependency's alias. */
    ChartMetadata withName(String alias) {
        return new ChartMetadata(alias, version, appVersion, description, type, dependencies, raw);
    }

    private static String string(Map<String, Object> raw, String key) {
        Object value = raw.get(key);
        return value == null ? null : String.valueOf(value);
    }
}
