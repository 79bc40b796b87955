package io.stackgen.charts;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackgen.support.CliRun;
import io.stackgen.support.Fixtures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The exporter's per-replica configs, its config checksum, and the values its schema refuses. */
class LineraBlockExporterChartTest {
    private static final String VALUES = Fixtures.file("reference/cases/linera-block-exporter/two-destinations.values.yaml");
    private static final Pattern TOML_ID = Pattern.compile("(?m)^id = (\\d+)$");

    @Test
    void eachPodCopiesTheConfigNamedAfterItsOrdinalAndThatConfigCarriesTheOrdinalAsId() {
        Rendered r = render("--set", "exporter.replicas=3");
        Map<String, Object> statefulSet = r.object("StatefulSet");
        Map<String, Object> podSpec = map(map(map(statefulSet, "spec"), "template"), "spec");
        Map<String, Object> selector = initContainer(podSpec, "config-selector");
        String script = (String) list(selector, "command").get(2);
        Map<String, Object> data = map(r.object("ConfigMap"), "data");

        assertThat(script).contains("ORDINAL=\"${HOSTNAME##*-}\"")
                .contains("cp \"/configmap/exporter-config-${ORDINAL}.toml\" /config/exporter-config.toml");
        assertThat(list(selector, "volumeMounts")).contains(Map.of("name", "configmap", "mountPath", "/configmap", "readOnly", true));
        assertThat(list(podSpec, "volumes")).contains(Map.of("name", "configmap",
                "configMap", Map.of("name", map(r.object("ConfigMap"), "metadata").get("name"))));

        String name = (String) map(statefulSet, "metadata").get("name");
        int replicas = ((Number) map(statefulSet, "spec").get("replicas")).intValue();
        assertThat(replicas).isEqualTo(3);
        assertThat(data).hasSize(replicas);
        for (int ordinal = 0; ordinal < replicas; ordinal++) {
            String hostname = name + "-" + ordinal;
            String file = "exporter-config-" + hostname.substring(hostname.lastIndexOf('-') + 1) + ".toml";
            assertThat(data).as(hostname).containsKey(file);
            assertThat(tomlId((String) data.get(file))).as(file).isEqualTo(ordinal);
        }
        String[] withoutIds = data.values().stream().map(toml -> TOML_ID.matcher((String) toml).replaceFirst("id = ?"))
                .distinct().toArray(String[]::new);
        assertThat(withoutIds).as("replica configs differ only in id").hasSize(1);
    }

    @Test
    void zeroReplicasRenderAnEmptyConfigMap() {
        Rendered r = render("--set", "exporter.replicas=0");

        assertThat(map(r.object("ConfigMap"), "data")).isEmpty();
        assertThat(map(r.object("StatefulSet"), "spec")).containsEntry("replicas", 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "destinations[1].endpoint=indexer-2.example.org",
            "destinations[1].port=8443",
            "destinations[1].tls=ClearText",
            "destinations[2].kind=Indexer,destinations[2].endpoint=c.svc,destinations[2].port=1,destinations[2].tls=Tls",
            "committeeDestination=false",
            "exporter.replicas=2",
            "limits.workQueueSize=512",
            "ports.grpc=9000"})
    void configChecksumChangesWithTheConfig(String change) {
        String before = checksum(render());
        String after = checksum(render("--set", change));

        assertThat(after).matches("[0-9a-f]{64}").isNotEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"serviceMonitor.enabled=false", "exporter.podLabels.team=infra", "exporter.storageInitCheck.enabled=false"})
    void configChecksumIgnoresValuesOutsideTheConfig(String change) {
        assertThat(checksum(render("--set", change))).isEqualTo(checksum(render()));
    }

    @Test
    void podAnnotationsCannotOverrideTheConfigChecksum() {
        Rendered r = render("--set", "exporter.podAnnotations.checksum/config=pinned", "--set", "exporter.podAnnotations.team=infra");

        assertThat(podAnnotations(r)).containsEntry("team", "infra").containsEntry("checksum/config", checksum(render()));
    }

    @Test
    void nullContainerSecurityContextDropsItFromEveryContainer() {
        Map<String, Object> podSpec = map(map(map(render("--set", "exporter.securityContext=null").object("StatefulSet"), "spec"), "template"), "spec");

        List<Object> containers = new ArrayList<>(list(podSpec, "initContainers"));
        containers.addAll(list(podSpec, "containers"));
        assertThat(containers).hasSize(5).allSatisfy(c -> assertThat(asMap(c)).doesNotContainKey("securityContext"));
        assertThat(podSpec).containsKey("securityContext");
    }

    @Test
    void acceptsTheKeysAnUmbrellaChartAddsAtTheRoot() {
        CliRun run = run(VALUES, "--set", "global.region=eu", "--set", "enabled=true");

        assertThat(run.exitCode()).as(run.describe()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "exporterImage.repository=         | exporterImage.repository: is required: the image with /linera-exporter",
            "storage.uri=                      | storage.uri: is required: the storage URI of the validator",
            "image.repository=r.example/linera | image: was renamed in chart 0.2.0: set exporterImage.repository",
            "destinations[0].kind=Logging      | destinations[0].kind: must be Indexer",
            "destinations[1].tls=tls           | destinations[1].tls:",
            "destinations[0].port=0            | destinations[0].port: must be a TCP port, 1-65535",
            "destinations[0].endpoint=https://indexer.example.org | destinations[0].endpoint: must be a host name or IP address without scheme",
            "limits.blobCacheWeightMb=70000    | limits.blobCacheWeightMb: must be at most 65535: linera-exporter reads it as a 16-bit number",
            "service.type=LoadBalancer         | service.type: must be ClusterIP: the exporter Service is headless",
            "serviceMonitor.interval=soon      | serviceMonitor.interval: must be a Prometheus duration",
            "exporter.persistence.size=big     | exporter.persistence.size: must be a Kubernetes quantity",
            "log.backtrace=1                   | log.backtrace: must be a string: quote it",
            "exporter.resources=null           | exporter.resources: must not be null",
            "exporter.replica=2                | exporter.replica:"})
    void refusesWithOneLineNamingTheValue(String set, String message) {
        CliRun run = run(VALUES, "--set", set);

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).as(run.describe()).hasSize(1);
        assertThat(run.err()).contains(message);
    }

    @Test
    void aDestinationSetWithOnlyItsEndpointNamesTheMissingKeys() {
        CliRun run = CliRun.of("render", "rel", "linera-block-exporter", "-n", "validators",
                "--set", "exporterImage.repository=r.example/exporter", "--set", "storage.uri=scylladb:tcp:db:9042",
                "--set", "destinations[0].endpoint=indexer.svc");

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
        assertThat(run.err().lines()).as(run.describe()).hasSize(3)
                .allMatch(line -> line.contains("is required: each destination needs kind, endpoint, port and tls"));
        assertThat(run.err()).contains("destinations[0].kind:", "destinations[0].port:", "destinations[0].tls:");
    }

    @Test
    void withoutCommitteeDestinationAtLeastOneDestinationIsNeeded() {
        CliRun run = run(VALUES, "--set", "committeeDestination=false", "--set-json", "destinations=[]");

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
        assertThat(run.err()).contains("destinations: must list at least one destination while committeeDestination is false");
        assertThat(run(VALUES, "--set-json", "destinations=[]").exitCode()).isZero();
    }

    private static String checksum(Rendered r) {
        return (String) podAnnotations(r).get("checksum/config");
    }

    private static Map<String, Object> podAnnotations(Rendered r) {
        return map(map(map(map(r.object("StatefulSet"), "spec"), "template"), "metadata"), "annotations");
    }

    private static int tomlId(String toml) {
        Matcher m = TOML_ID.matcher(toml);
        assertThat(m.find()).as("id line in\n" + toml).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static Map<String, Object> initContainer(Map<String, Object> podSpec, String name) {
        return list(podSpec, "initContainers").stream().map(LineraBlockExporterChartTest::asMap)
                .filter(c -> name.equals(c.get("name"))).findFirst().orElseThrow();
    }

    private static CliRun run(String values, String... flags) {
        List<String> args = new ArrayList<>(List.of("render", "rel", "linera-block-exporter", "-n", "validators", "-f", values));
        args.addAll(Arrays.asList(flags));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static Rendered render(String... flags) {
        CliRun run = run(VALUES, flags);
        assertThat(run.exitCode()).as(run.describe()).isZero();
        List<Object> documents = new ArrayList<>();
        new Load(LoadSettings.builder().build()).loadAllFromString(run.out()).forEach(documents::add);
        return new Rendered(documents);
    }

    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        return asMap(parent.get(key));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }

    private static List<Object> list(Map<String, Object> parent, String key) {
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) parent.get(key);
        return list;
    }

    /** The documents of one render. */
    private record Rendered(List<Object> documents) {
        Map<String, Object> object(String kind) {
            List<Map<String, Object>> found = new ArrayList<>();
            documents.forEach(doc -> {
                if (doc instanceof Map<?, ?> m && kind.equals(m.get("kind"))) {
                    found.add(asMap(doc));
                }
            });
            assertThat(found).as(kind).hasSize(1);
            return found.get(0);
        }
    }
}
