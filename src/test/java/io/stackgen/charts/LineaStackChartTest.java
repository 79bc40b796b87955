package io.stackgen.charts;

import static io.stackgen.charts.LineaUpstreamFixes.list;
import static io.stackgen.charts.LineaUpstreamFixes.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.stackgen.support.CliRun;
import io.stackgen.support.Fixtures;
import io.stackgen.support.ManifestData;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The linea-stack fixes that matter most, held against renders beyond the two reference cases. */
class LineaStackChartTest {

    @ParameterizedTest
    @ValueSource(strings = {"maru", "sequencer"})
    void aSigningComponentRefusesASecondReplica(String component) {
        CliRun run = render("--set", component + ".replicas=2");

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("--set " + component + ".replicas=...: " + component + ".replicas: must be 0 or 1: ")
                .contains("signs").contains("must run as a single replica");
    }

    @Test
    void theEthstatsSecretGivenAsAValueOnlyReachesPodsThroughASecret() {
        String secret = "ws-Secret-7f3c9e";
        Map<String, Object> objects = objects(render("--set", "ethstats.env.WS_SECRET=" + secret));

        assertThat(renderText("--set", "ethstats.env.WS_SECRET=" + secret)).doesNotContain(secret);
        Map<String, Object> data = map(objects.get("/Secret//linea-stack-rel-ethstats-secret"), "data");
        assertThat(new String(Base64.getDecoder().decode((String) data.get("WS_SECRET")), StandardCharsets.UTF_8)).isEqualTo(secret);
        assertThat(ethstatsSecretRefs(objects)).containsExactly(
                "ethstats:WS_SECRET<-linea-stack-rel-ethstats-secret/WS_SECRET",
                "sequencer:ETHSTATS_SECRET<-linea-stack-rel-ethstats-secret/WS_SECRET",
                "besu:ETHSTATS_SECRET<-linea-stack-rel-ethstats-secret/WS_SECRET");
    }

    @Test
    void anExistingEthstatsSecretIsReferencedAndNotRendered() {
        Map<String, Object> objects = objects(render("--set", "ethstats.existingSecret=ops-ethstats", "--set", "ethstats.existingSecretKey=token"));

        assertThat(objects.keySet()).noneMatch(key -> key.startsWith("/Secret/"));
        assertThat(ethstatsSecretRefs(objects)).containsExactly(
                "ethstats:WS_SECRET<-ops-ethstats/token",
                "sequencer:ETHSTATS_SECRET<-ops-ethstats/token",
                "besu:ETHSTATS_SECRET<-ops-ethstats/token");
    }

    @Test
    void upstreamsLiteralSecretNeverBecomesAPlainValue() {
        String out = renderText("-f", Fixtures.file("reference/upstream/linea-stack/values.yaml"));

        assertThat(out).doesNotContain("value: \"12345\"", ":12345@", "WS_SECRET: 12345");
        assertThat(out).contains("--ethstats=ws://sequencer-node:$(ETHSTATS_SECRET)@", "\"--ethstats=ws://besu-node:${ETHSTATS_SECRET}@");
    }

    @Test
    void twoReleasesInOneNamespaceNeverSelectEachOthersPods() {
        String[] backups = {"--set", "backup.enabled=true"};
        Map<String, Object> alpha = objects(CliRun.of(concat(List.of("render", "alpha", "linea-stack", "-n", "validators"), backups)));
        Map<String, Object> beta = objects(CliRun.of(concat(List.of("render", "beta", "linea-stack", "-n", "validators"), backups)));

        for (List<Map<String, Object>> pair : List.of(List.of(alpha, beta), List.of(beta, alpha))) {
            List<Map<String, Object>> ownPods = podLabels(pair.get(0));
            List<Map<String, Object>> otherPods = podLabels(pair.get(1));
            selectors(pair.get(0), Set.of("StatefulSet", "Deployment", "Service", "PodDisruptionBudget")).forEach((owner, selector) -> {
                assertThat(ownPods).as(owner + " selects its own pods").anyMatch(labels -> matches(selector, labels));
                assertThat(otherPods).as(owner + " selects the other release's pods").noneMatch(labels -> matches(selector, labels));
            });
            List<Map<String, Object>> ownServices = serviceLabels(pair.get(0));
            List<Map<String, Object>> otherServices = serviceLabels(pair.get(1));
            selectors(pair.get(0), Set.of("ServiceMonitor")).forEach((owner, selector) -> {
                assertThat(ownServices).as(owner + " selects its own Services").anyMatch(labels -> matches(selector, labels));
                assertThat(otherServices).as(owner + " selects the other release's Services").noneMatch(labels -> matches(selector, labels));
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sequencer.persistence.enabled=true", "sequencer.persistence.enabled=false"})
    void everyBackupJobMountsAClaimTheStatefulSetCreatesOnThatPodsNode(String persistence) {
        Map<String, Object> objects = objects(render("--set", "backup.enabled=true", "--set", persistence));
        Map<String, String> podOfClaim = firstPodClaims(objects);
        List<String> cronJobs = objects.keySet().stream().filter(k -> k.startsWith("batch/CronJob/")).toList();

        assertThat(cronJobs).hasSize(persistence.endsWith("true") ? 3 : 2);
        for (String key : cronJobs) {
            Map<String, Object> pod = map(objects.get(key), "spec", "jobTemplate", "spec", "template", "spec");
            Set<String> volumes = names(list(pod, "volumes"));
            assertThat(volumeMountNames(pod)).as(key + " mounts").isNotEmpty().isSubsetOf(volumes);
            List<String> claims = list(pod, "volumes").stream()
                    .map(v -> map(v).get("persistentVolumeClaim"))
                    .filter(Objects::nonNull)
                    .map(c -> (String) map(c).get("claimName"))
                    .toList();
            assertThat(claims).as(key + " claims").hasSize(1);
            assertThat(podOfClaim).as(key + " claim made by a StatefulSet").containsKey(claims.get(0));
            Object term = list(pod, "affinity", "podAffinity", "requiredDuringSchedulingIgnoredDuringExecution").get(0);
            assertThat(map(term, "labelSelector", "matchLabels")).as(key + " runs beside the pod using the claim")
                    .containsEntry("statefulset.kubernetes.io/pod-name", podOfClaim.get(claims.get(0)));
        }
    }

    @Test
    void pdbsOfSingleReplicaSignersLetADrainEvictThePod() {
        Map<String, Object> objects = objects(render());
        List<String> pdbs = objects.keySet().stream().filter(k -> k.startsWith("policy/PodDisruptionBudget/")).toList();

        assertThat(pdbs).hasSize(2);
        for (String key : pdbs) {
            Map<String, Object> spec = map(objects.get(key), "spec");
            Map<String, Object> selector = map(spec, "selector", "matchLabels");
            int replicas = objects.values().stream()
                    .filter(o -> "StatefulSet".equals(map(o).get("kind")))
                    .filter(o -> matches(selector, map(o, "spec", "template", "metadata", "labels")))
                    .mapToInt(o -> ((Number) map(o, "spec").get("replicas")).intValue())
                    .sum();
            int allowed = spec.containsKey("maxUnavailable")
                    ? ((Number) spec.get("maxUnavailable")).intValue()
                    : replicas - ((Number) spec.get("minAvailable")).intValue();
            assertThat(replicas).as(key + " selects one pod").isEqualTo(1);
            assertThat(allowed).as(key + " voluntary evictions allowed").isGreaterThanOrEqualTo(1);
        }
    }

    private static CliRun render(String... flags) {
        return CliRun.of(concat(List.of("render", "rel", "linea-stack", "-n", "validators"), flags));
    }

    private static String renderText(String... flags) {
        CliRun run = render(flags);
        assertThat(run.exitCode()).as(run.describe()).isZero();
        return run.out();
    }

    private static Map<String, Object> objects(CliRun run) {
        assertThat(run.exitCode()).as(run.describe()).isZero();
        return ManifestData.byIdentity(run.out());
    }

    private static String[] concat(List<String> head, String... tail) {
        return Stream.concat(head.stream(), Stream.of(tail)).toArray(String[]::new);
    }

    /** "container:ENV<-secret/key" for every env entry that reads the ethstats Secret key, in container order. */
    private static List<String> ethstatsSecretRefs(Map<String, Object> objects) {
        List<String> refs = new ArrayList<>();
        for (Object object : objects.values()) {
            if (!List.of("StatefulSet", "Deployment").contains(map(object).get("kind"))) {
                continue;
            }
            for (Object container : list(object, "spec", "template", "spec", "containers")) {
                Object env = map(container).get("env");
                for (Object entry : env == null ? List.of() : (List<?>) env) {
                    Map<String, Object> ref = map(entry, "valueFrom") == null ? null : map(entry, "valueFrom", "secretKeyRef");
                    String name = (String) map(entry).get("name");
                    if (ref != null && (name.equals("WS_SECRET") || name.equals("ETHSTATS_SECRET"))) {
                        refs.add(map(container).get("name") + ":" + name + "<-" + ref.get("name") + "/" + ref.get("key"));
                    }
                }
            }
        }
        refs.sort((a, b) -> Integer.compare(order(a), order(b)));
        return refs;
    }

    private static int order(String ref) {
        return List.of("ethstats", "sequencer", "besu").indexOf(ref.substring(0, ref.indexOf(':')));
    }

    /** Labels of every pod the render can create: workload and Job templates. */
    private static List<Map<String, Object>> podLabels(Map<String, Object> objects) {
        List<Map<String, Object>> labels = new ArrayList<>();
        for (Object object : objects.values()) {
            switch ((String) map(object).get("kind")) {
                case "StatefulSet", "Deployment" -> labels.add(map(object, "spec", "template", "metadata", "labels"));
                case "CronJob" -> labels.add(map(object, "spec", "jobTemplate", "spec", "template", "metadata", "labels"));
                default -> { }
            }
        }
        return labels;
    }

    private static List<Map<String, Object>> serviceLabels(Map<String, Object> objects) {
        return objects.values().stream()
                .filter(o -> "Service".equals(map(o).get("kind")))
                .map(o -> map(o, "metadata", "labels"))
                .toList();
    }

    /** Label selectors by owner ("Kind/name") for the given kinds. */
    private static Map<String, Map<String, Object>> selectors(Map<String, Object> objects, Set<String> kinds) {
        return objects.values().stream()
                .filter(o -> kinds.contains(map(o).get("kind")))
                .collect(Collectors.toMap(
                        o -> map(o).get("kind") + "/" + map(o, "metadata").get("name"),
                        o -> "Service".equals(map(o).get("kind")) ? map(o, "spec", "selector") : map(o, "spec", "selector", "matchLabels")));
    }

    private static boolean matches(Map<String, Object> selector, Map<String, Object> labels) {
        return !selector.isEmpty() && labels.entrySet().containsAll(selector.entrySet());
    }

    /** Claim name → pod name, for pod 0 of every StatefulSet claim template ("<template>-<sts>-0" on "<sts>-0"). */
    private static Map<String, String> firstPodClaims(Map<String, Object> objects) {
        return objects.values().stream()
                .filter(o -> "StatefulSet".equals(map(o).get("kind")) && map(o, "spec").containsKey("volumeClaimTemplates"))
                .flatMap(o -> {
                    String pod = map(o, "metadata").get("name") + "-0";
                    return list(o, "spec", "volumeClaimTemplates").stream()
                            .map(t -> Map.entry(map(t, "metadata").get("name") + "-" + pod, pod));
                })
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static Set<String> names(List<Object> items) {
        return items.stream().map(i -> (String) map(i).get("name")).collect(Collectors.toSet());
    }

    private static Set<String> volumeMountNames(Map<String, Object> pod) {
        return list(pod, "containers").stream()
                .flatMap(c -> list(c, "volumeMounts").stream())
                .map(m -> (String) map(m).get("name"))
                .collect(Collectors.toSet());
    }
}
