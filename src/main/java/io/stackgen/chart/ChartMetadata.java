package io.stackgen.chart;

import io.stackgen.common.InputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/** What Chart.yaml says: Helm's chart API v2 fields that rendering and packaging use. */
public record ChartMetadata(String name, String version, String appVersion, String description, String type,
                            List<Dependency> dependencies, Map<String, Object> raw) {
    /** Semantic Versioning 2.0.0, as Helm requires of a chart version. */
    private static final Pattern SEMVER = Pattern.compile(
            "v?(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?");
    private static final Pattern NAME = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");

    public static ChartMetadata parse(String displayName, String text) {
        Object doc;
        try {
            doc = new Load(LoadSettings.builder().setLabel(displayName).setAllowDuplicateKeys(false).build())
                    .loadFromString(text);
        } catch (MarkedYamlEngineException e) {
            throw new InputException(displayName + ":" + (e.getProblemMark().map(m -> m.getLine() + 1).orElse(1))
                    + ": not valid YAML: " + e.getProblem());
        } catch (YamlEngineException e) {
            throw new InputException(displayName + ": not valid YAML: " + e.getMessage());
        }
        if (!(doc instanceof Map<?, ?> map)) {
            throw new InputException(displayName + ": must be a YAML mapping with apiVersion, name and version");
        }
        Map<String, Object> raw = new LinkedHashMap<>();
        map.forEach((k, v) -> raw.put(String.valueOf(k), v));
        String apiVersion = string(raw, "apiVersion");
        if (!"v2".equals(apiVersion)) {
            throw new InputException(displayName + ": apiVersion must be v2 (Helm 3 charts), got '" + apiVersion + "'");
        }
        String name = string(raw, "name");
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InputException(displayName + ": name must be lower-case letters, digits and '-', got '" + name + "'");
        }
        String version = string(raw, "version");
        checkVersion(displayName + ": version", version);
        return new ChartMetadata(name, version, string(raw, "appVersion"), string(raw, "description"),
                string(raw, "type"), Dependency.listFrom(displayName, raw), raw);
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
