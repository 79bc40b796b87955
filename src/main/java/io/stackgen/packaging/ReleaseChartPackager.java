package io.stackgen.packaging;

import io.stackgen.chart.ChartMetadata;
import io.stackgen.chart.ChartScope;
import io.stackgen.common.YamlWriter;
import io.stackgen.manifest.ManifestDocument;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A Helm chart (apiVersion v2) of one rendered release. Each chart of the release that rendered
 * something keeps its place ({@code templates/} for the chart, {@code charts/<key>/} for a subchart),
 * and each of its templates becomes a Helm template of the same name that prints the documents
 * stackgen rendered from it, kept verbatim in {@code manifests/<template>} and read with
 * {@code .Files.Get}. So {@code helm template} prints the same documents under the same
 * {@code # Source:} names in the same order, and no rendered text (a Grafana dashboard's or an alert
 * rule's {@code {{ }}}) is ever parsed as a Go template.
 */
public final class ReleaseChartPackager {
    static final String MANIFESTS_DIR = "manifests";
    private static final List<String> CARRIED_FIELDS =
            List.of("home", "sources", "keywords", "maintainers", "icon", "deprecated");

    private final ChartScope root;
    private final PackageStamp stamp;
    /** Documents by chart (its source root) and template. */
    private final Map<String, Map<String, List<ManifestDocument>>> byChart = new LinkedHashMap<>();
    private final Map<String, byte[]> files = new TreeMap<>();

    private ReleaseChartPackager(ChartScope root, PackageStamp stamp) {
        this.root = root;
        this.stamp = stamp;
    }

    /**
     * @param documents  the release's documents, as rendered for {@code root}'s values
     * @param version    the chart version to write, or null for the chart's own
     * @param appVersion the appVersion to write, or null for the chart's own
     */
    public static PackagedChart pack(ChartScope root, List<ManifestDocument> documents, String version, String appVersion,
                                     PackageStamp stamp) {
        if (version != null) {
            ChartMetadata.checkVersion("--version", version);
        }
        ReleaseChartPackager packager = new ReleaseChartPackager(root, stamp);
        documents.forEach(packager::place);
        ChartMetadata metadata = root.chart().metadata();
        String finalVersion = version != null ? version : metadata.version();
        packager.addChart(root, "", rootChartYaml(metadata, finalVersion, appVersion, ValuesDigest.of(root.values()), stamp));
        byte[] bytes = TarGzWriter.write(metadata.name(), packager.files, stamp.time());
        return new PackagedChart(ChartArchive.Kind.HELM, metadata.name(), finalVersion, bytes);
    }

    private void place(ManifestDocument document) {
        ChartScope scope = root.all().stream()
                .filter(s -> document.source().startsWith(s.sourceRoot() + "/templates/"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no chart of the release renders " + document.source()));
        String template = document.source().substring(scope.sourceRoot().length() + "/templates/".length());
        byChart.computeIfAbsent(scope.sourceRoot(), s -> new TreeMap<>()).computeIfAbsent(template, t -> new ArrayList<>()).add(document);
    }

    /** Writes {@code scope}'s chart at {@code dir} ("" or "charts/<key>/…/"), and its subcharts that rendered something. */
    private void addChart(ChartScope scope, String dir, Map<String, Object> chartYaml) {
        List<ChartScope> children = scope.subcharts().stream().filter(this::rendersSomething).toList();
        if (!children.isEmpty()) {
            chartYaml.put("dependencies", children.stream().map(c -> dependency(key(c), c.chart().metadata())).toList());
        }
        put(dir + "Chart.yaml", YamlWriter.write(chartYaml) + "\n");
        put(dir + "values.yaml", valuesYaml());
        put(dir + "values.schema.json", FixedValuesSchema.json(stamp.command(), children.stream().map(ReleaseChartPackager::key).toList()));
        byChart.getOrDefault(scope.sourceRoot(), Map.of()).forEach((template, documents) -> {
            put(dir + "templates/" + template, "{{ .Files.Get " + goString(MANIFESTS_DIR + "/" + template) + " }}\n");
            put(dir + MANIFESTS_DIR + "/" + template, documents.stream()
                    .sorted(Comparator.comparingInt(ManifestDocument::index))
                    .map(ManifestDocument::text)
                    .collect(Collectors.joining("\n---\n", "", "\n")));
        });
        for (ChartScope child : children) {
            addChart(child, dir + "charts/" + key(child) + "/", subchartYaml(key(child), child.chart().metadata()));
        }
    }

    private boolean rendersSomething(ChartScope scope) {
        return byChart.containsKey(scope.sourceRoot()) || scope.subcharts().stream().anyMatch(this::rendersSomething);
    }

    private static String key(ChartScope scope) {
        return scope.path().get(scope.path().size() - 1);
    }

    private static Map<String, Object> rootChartYaml(ChartMetadata metadata, String version, String appVersion,
                                                     String valuesDigest, PackageStamp stamp) {
        Map<String, Object> yaml = new LinkedHashMap<>();
        yaml.put("apiVersion", "v2");
        yaml.put("name", metadata.name());
        yaml.put("version", version);
        String finalAppVersion = appVersion != null ? appVersion : metadata.appVersion();
        if (finalAppVersion != null) {
            yaml.put("appVersion", finalAppVersion);
        }
        String original = metadata.description() == null ? "" : metadata.description().strip() + "\n\n";
        yaml.put("description", original + "Rendered by stackgen " + stamp.stackgenVersion() + " with: " + stamp.command()
                + "\nEvery object is already rendered and the values were fixed at packaging time: this chart accepts no values.\n");
        yaml.put("type", "application");
        CARRIED_FIELDS.stream().filter(metadata.raw()::containsKey).forEach(f -> yaml.put(f, metadata.raw().get(f)));
        Map<String, Object> annotations = new TreeMap<>();
        if (metadata.raw().get("annotations") instanceof Map<?, ?> carried) {
            carried.forEach((k, v) -> annotations.put(String.valueOf(k), String.valueOf(v)));
        }
        annotations.put("stackgen.io/version", stamp.stackgenVersion());
        annotations.put("stackgen.io/values-digest", valuesDigest);
        yaml.put("annotations", annotations);
        return yaml;
    }

    /** A subchart is written under its key (its alias, if it has one), so two aliases of one chart stay apart. */
    private static Map<String, Object> subchartYaml(String key, ChartMetadata metadata) {
        Map<String, Object> yaml = new LinkedHashMap<>();
        yaml.put("apiVersion", "v2");
        yaml.put("name", key);
        yaml.put("version", metadata.version());
        if (metadata.appVersion() != null) {
            yaml.put("appVersion", metadata.appVersion());
        }
        yaml.put("description", "The objects stackgen rendered from " + metadata.name() + " " + metadata.version() + " for this release.");
        yaml.put("type", "application");
        return yaml;
    }

    private static Map<String, Object> dependency(String key, ChartMetadata metadata) {
        Map<String, Object> dependency = new LinkedHashMap<>();
        dependency.put("name", key);
        dependency.put("version", metadata.version());
        return dependency;
    }

    private String valuesYaml() {
        return "# No values: every object of this chart was rendered by stackgen, and the values were fixed at\n"
                + "# packaging time by: " + stamp.command().replace("\n", " ") + "\n"
                + "# values.schema.json refuses any value but 'global' (accepted and ignored).\n";
    }

    private void put(String path, String text) {
        files.put(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A Go template string literal. */
    private static String goString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
