package io.stackgen.charts;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackgen.support.CliRun;
import io.stackgen.support.Fixtures;
import io.stackgen.support.ManifestData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The umbrella's own ScyllaDB objects and switches, as upstream's unit tests describe them. */
class LineraValidatorStackChartTest {
    private static final String MINIMAL = Fixtures.file("reference/cases/linera-validator-stack/minimal.values.yaml");
    private static final String CLUSTER = "scylla.scylladb.com/ScyllaCluster/scylla/scylla";
    private static final String CONFIG = "/ConfigMap/scylla/scylla-config";
    private static final String NODE_CONFIG = "scylla.scylladb.com/NodeConfig//scylla-tuning";
    private static final String NAMESPACE = "/Namespace//scylla";

    @Test
    void defaultsRenderTheClusterAndItsConfigOnly() {
        Map<String, Object> objects = render();

        assertThat(objects).containsKeys(CLUSTER, CONFIG).doesNotContainKeys(NODE_CONFIG, NAMESPACE);
        assertThat(map(objects.get(CONFIG), "data")).containsExactly(Map.entry("scylla.yaml", """
                commitlog_segment_size_in_mb: 64
                query_tombstone_page_limit: 200000
                commitlog_sync: batch
                commitlog_sync_batch_window_in_ms: 2
                """));
        Map<String, Object> spec = map(objects.get(CLUSTER), "spec");
        assertThat(spec).doesNotContainKeys("developerMode", "backups");
        assertThat(rack(objects)).containsEntry("scyllaConfig", "scylla-config").doesNotContainKey("placement");
    }

    @Test
    void scyllaDisabledRendersNoneOfItsObjects() {
        Map<String, Object> objects = render("--set", "scylla.enabled=false", "--set", "scylla.tuning.enabled=true",
                "--set", "scylla.createNamespace=true");

        assertThat(objects).doesNotContainKeys(CLUSTER, CONFIG, NODE_CONFIG, NAMESPACE).containsKey("apps/StatefulSet//shards");
    }

    @Test
    void configCreateFalseLeavesTheConfigMapToTheUserButTheClusterStillUsesIt() {
        Map<String, Object> objects = render("--set", "scylla.config.create=false");

        assertThat(objects).doesNotContainKey(CONFIG);
        assertThat(rack(objects)).containsEntry("scyllaConfig", "scylla-config");
    }

    @ParameterizedTest(name = "commitlogSync={0}")
    @CsvSource(delimiter = '|', value = {
            "periodic | 5 | 'commitlog_sync: periodic\n'",
            "batch    | 5 | 'commitlog_sync: batch\ncommitlog_sync_batch_window_in_ms: 5\n'",
            "''       | 5 | ''"})
    void commitlogSettingsFollowTheSyncMode(String mode, String window, String expectedTail) {
        Map<String, Object> objects = render("--set-string", "scylla.config.commitlogSync=" + mode,
                "--set", "scylla.config.commitlogSyncBatchWindowMs=" + window, "--set", "scylla.config.data.read_request_timeout_in_ms=5000");

        assertThat(map(objects.get(CONFIG), "data").get("scylla.yaml")).isEqualTo(
                "commitlog_segment_size_in_mb: 64\nquery_tombstone_page_limit: 200000\nread_request_timeout_in_ms: 5000\n" + expectedTail);
    }

    @Test
    void tuningAndNamespaceAreOptIn() {
        Map<String, Object> objects = render("--set", "scylla.tuning.enabled=true", "--set", "scylla.createNamespace=true");

        assertThat(map(objects.get(NODE_CONFIG), "spec")).isEqualTo(Map.of("placement", Map.of(
                "nodeSelector", Map.of("workload", "scylla"),
                "tolerations", List.of(Map.of("key", "scylla-db", "operator", "Equal", "value", "true", "effect", "NoSchedule")))));
        assertThat(map(map(objects.get(NAMESPACE), "metadata"), "annotations")).containsEntry("argocd.argoproj.io/sync-wave", "-1");
    }

    @Test
    void backupsDevModePlacementAndNullAgentResources() {
        Map<String, Object> objects = render("--set", "scylla.backups.enabled=true", "--set", "scylla.backups.location=gcs:b",
                "--set", "scylla.developerMode=true", "--set", "scylla.rack.agentResources=null",
                "--set", "scylla.rack.placement.tolerations[0].key=scylla-db", "--set", "scylla.rack.members=5");

        Map<String, Object> spec = map(objects.get(CLUSTER), "spec");
        assertThat(spec).containsEntry("developerMode", true).containsEntry("backups", List.of(Map.of(
                "name", "daily-backup", "cron", "0 4 * * *", "keyspace", List.of("kv"), "location", List.of("gcs:b"),
                "rateLimit", List.of("50"), "retention", 90, "numRetries", 3)));
        assertThat(rack(objects)).containsEntry("members", 5).doesNotContainKey("agentResources")
                .containsEntry("placement", Map.of("tolerations", List.of(Map.of("key", "scylla-db"))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "scylla.backups.enabled=true         | linera-validator-stack/templates/scyllacluster.yaml.j2:71: scylla.backups.location is required when scylla.backups.enabled is true",
            "linera-validater.shards.replicas=2  | --set linera-validater.shards.replicas=...: linera-validater: ",
            "scylla.rack.member=3                | --set scylla.rack.member=...: scylla.rack.member: ",
            "scylla.rack.members=0               | --set scylla.rack.members=...: scylla.rack.members: ",
            "scylla.config.commitlogSync=always  | --set scylla.config.commitlogSync=...: scylla.config.commitlogSync: ",
            "linera-validator.shards.replicas=0  | --set linera-validator.shards.replicas=...: linera-validator.shards.replicas: "})
    void refusesWithOneLineNamingTheValue(String set, String message) {
        CliRun run = run("--set", set);

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
        assertThat(run.err().lines()).as(run.describe()).hasSize(1);
        assertThat(run.err()).startsWith("error: " + message);
    }

    private static CliRun run(String... flags) {
        List<String> args = new ArrayList<>(List.of("render", "rel", "linera-validator-stack", "-n", "validators", "-f", MINIMAL));
        args.addAll(Arrays.asList(flags));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static Map<String, Object> render(String... flags) {
        CliRun run = run(flags);
        assertThat(run.exitCode()).as(run.describe()).isZero();
        return ManifestData.byIdentity(run.out());
    }

    private static Map<String, Object> rack(Map<String, Object> objects) {
        Map<String, Object> datacenter = map(map(objects.get(CLUSTER), "spec"), "datacenter");
        @SuppressWarnings("unchecked")
        List<Object> racks = (List<Object>) datacenter.get("racks");
        assertThat(racks).hasSize(1);
        return map(racks.get(0), null);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object object, String key) {
        Map<String, Object> map = (Map<String, Object>) object;
        return key == null ? map : (Map<String, Object>) map.get(key);
    }
}
