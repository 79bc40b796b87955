package io.stackgen.charts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what the upstream linea-stack chart rendered (release {@code rel}, namespace {@code validators})
 * into what stackgen's port must render: each method applies one row of the "Differences from upstream"
 * table in charts/linea-stack/README.md to the upstream objects, so everything the methods do not
 * touch must be equal. Objects are the maps of {@link io.stackgen.support.ManifestData#byIdentity}.
 */
final class LineaUpstreamFixes {
    static final String FULLNAME = "linea-stack-rel";
    private static final List<String> COMPONENTS = List.of("sequencer", "maru", "besu", "ethstats", "tx-sender", "backup");
    private static final List<String> SIGNERS = List.of("sequencer", "maru");
    private static final String ETHSTATS_SECRET = FULLNAME + "-ethstats-secret";
    private static final String ETHSTATS_URL_TAIL = "@" + FULLNAME + "-ethstats-svc:3000";

    /** Stands in for each backup script in the comparison; the test checks the scripts against {@link #backupScript}. */
    static final String BACKUP_SCRIPT = "<backup script>";

    /** What a backup script must do, taken from the upstream script: where it uploads and how it archives. */
    record BackupScript(String remote, String tarFlags, String extension, int retention) {
    }

    private final Map<String, Object> objects;
    private final Map<String, Object> upstreamValues;
    private BackupScript backupScript;

    private LineaUpstreamFixes(Map<String, Object> objects, Map<String, Object> upstreamValues) {
        this.objects = objects;
        this.upstreamValues = upstreamValues;
    }

    /** Applies every documented fix that shows in a render with backups off or on. */
    static LineaUpstreamFixes apply(Map<String, Object> upstreamObjects, Map<String, Object> upstreamValues) {
        LineaUpstreamFixes fixes = new LineaUpstreamFixes(new LinkedHashMap<>(upstreamObjects), upstreamValues);
        fixes.standardLabelsOnEveryObject();
        fixes.releaseScopedSelectors();
        fixes.ethstatsSecretFromASecret();
        fixes.resourcesRendered();
        fixes.pdbsAllowDrains();
        fixes.signerUpdatesSpelledOut();
        fixes.txSenderRecreated();
        fixes.besuPublicServiceOnlyRpc();
        fixes.besuPortsPassedAsFlags();
        fixes.maruConfigInReleaseNamespace();
        fixes.backupPerComponent();
        fixes.nodesRunRestricted();
        fixes.nodesIsolatedByNetworkPolicies();
        return fixes;
    }

    Map<String, Object> objects() {
        return objects;
    }

    /** The upstream backup script's settings, or null when the case renders no backup. */
    BackupScript backupScript() {
        return backupScript;
    }

    /** "Labels": ConfigMaps had none, the HPA and ServiceMonitors no component, tx-sender a repeated name key. */
    private void standardLabelsOnEveryObject() {
        for (Object object : objects.values()) {
            Map<String, Object> metadata = map(object, "metadata");
            Map<String, Object> labels = metadata.containsKey("labels") ? map(metadata, "labels") : new LinkedHashMap<>();
            labels.putAll(standardLabels(componentOf(object)));
            metadata.put("labels", labels);
        }
    }

    /** "Selectors": name + instance + component for workloads, Services, PDBs and ServiceMonitors. */
    private void releaseScopedSelectors() {
        for (Object object : objects.values()) {
            String kind = (String) map(object).get("kind");
            Map<String, Object> selector = selectorLabels(componentOf(object));
            switch (kind) {
                case "StatefulSet", "Deployment" -> {
                    map(object, "spec", "selector").put("matchLabels", selector);
                    map(object, "spec", "template", "metadata").put("labels", new LinkedHashMap<>(selector));
                }
                case "Service" -> map(object, "spec").put("selector", selector);
                case "PodDisruptionBudget", "ServiceMonitor" -> map(object, "spec", "selector").put("matchLabels", selector);
                default -> { }
            }
        }
    }

    /** "ethstats secret": read from a Secret by the server, the sequencer (args) and besu (its shell). */
    private void ethstatsSecretFromASecret() {
        Map<String, Object> ethstats = container("apps/Deployment//" + FULLNAME + "-ethstats");
        List<Object> env = list(ethstats, "env");
        env.replaceAll(entry -> "WS_SECRET".equals(map(entry).get("name")) ? secretEnv("WS_SECRET") : entry);

        Map<String, Object> sequencer = container("apps/StatefulSet//" + FULLNAME + "-sequencer");
        List<Object> args = list(sequencer, "args");
        args.set(0, "--ethstats=ws://sequencer-node:$(ETHSTATS_SECRET)" + ETHSTATS_URL_TAIL);
        list(sequencer, "env").add(secretEnv("ETHSTATS_SECRET"));

        Map<String, Object> besu = container("apps/StatefulSet//" + FULLNAME + "-besu");
        List<Object> command = list(besu, "command");
        command.set(2, ((String) command.get(2)).replace("--ethstats=ws://besu-node:12345" + ETHSTATS_URL_TAIL,
                "\"--ethstats=ws://besu-node:${ETHSTATS_SECRET}" + ETHSTATS_URL_TAIL + "\""));
        list(besu, "env").add(secretEnv("ETHSTATS_SECRET"));
    }

    /** "Resources": the values' resources of sequencer, maru and besu reach their containers. */
    private void resourcesRendered() {
        for (String component : List.of("sequencer", "maru", "besu")) {
            container("apps/StatefulSet//" + FULLNAME + "-" + component).put("resources", map(upstreamValues, component, "resources"));
        }
    }

    /** "PodDisruptionBudgets": maxUnavailable 1 instead of minAvailable 1, which blocked every drain. */
    private void pdbsAllowDrains() {
        for (String component : SIGNERS) {
            Map<String, Object> spec = map(objects.get("policy/PodDisruptionBudget//" + FULLNAME + "-" + component + "-pdb"), "spec");
            spec.remove("minAvailable");
            spec.put("maxUnavailable", 1);
        }
    }

    /** "Signer updates": the StatefulSet defaults that stop-before-start relies on, written out. */
    private void signerUpdatesSpelledOut() {
        for (String component : SIGNERS) {
            Map<String, Object> spec = map(objects.get("apps/StatefulSet//" + FULLNAME + "-" + component), "spec");
            spec.put("podManagementPolicy", "OrderedReady");
            spec.put("updateStrategy", Map.of("type", "RollingUpdate"));
        }
    }

    /** "tx-sender": replaced with Recreate, so two senders never share the key during a rollout. */
    private void txSenderRecreated() {
        map(objects.get("apps/Deployment//" + FULLNAME + "-tx-sender"), "spec").put("strategy", Map.of("type", "Recreate"));
    }

    /** "besu Services": json-rpc and ws stay on the public Service; engine, p2p, metrics move to besu-internal. */
    private void besuPublicServiceOnlyRpc() {
        Map<String, Object> publicService = map(objects.get("/Service//" + FULLNAME + "-besu-svc"));
        List<Object> ports = list(publicService, "spec", "ports");
        List<Object> internalPorts = new ArrayList<>();
        ports.removeIf(port -> !List.of("json-rpc", "ws").contains(map(port).get("name")) && internalPorts.add(port));

        Map<String, Object> internal = deepCopy(publicService);
        map(internal, "metadata").put("name", FULLNAME + "-besu-internal");
        map(internal, "spec").put("type", "ClusterIP");
        map(internal, "spec").put("ports", internalPorts);
        objects.put("/Service//" + FULLNAME + "-besu-internal", internal);
    }

    /** "Ports": the sequencer and besu get their ports from values as flags, overriding config.toml. */
    private void besuPortsPassedAsFlags() {
        List<String> flags = List.of("--rpc-http-port=8545", "--rpc-ws-port=8546", "--engine-rpc-port=8550", "--p2p-port=30303",
                "--metrics-port=9545");
        list(container("apps/StatefulSet//" + FULLNAME + "-sequencer"), "args").addAll(flags);

        List<Object> command = list(container("apps/StatefulSet//" + FULLNAME + "-besu"), "command");
        StringBuilder lines = new StringBuilder();
        flags.forEach(flag -> lines.append("  ").append(flag).append(" \\\n"));
        command.set(2, ((String) command.get(2)).replace("  --bootnodes=", lines + "  --bootnodes="));
    }

    /** "maru config": endpoints in the release namespace; the commented follower names besu-internal. */
    private void maruConfigInReleaseNamespace() {
        Map<String, Object> data = map(objects.get("/ConfigMap//" + FULLNAME + "-maru-config"), "data");
        data.put("config.toml", ((String) data.get("config.toml"))
                .replace(".default.svc.cluster.local", ".validators.svc.cluster.local")
                .replace(FULLNAME + "-besu-svc.", FULLNAME + "-besu-internal."));
    }

    /**
     * "Backups": one CronJob per component, mounting the claim that exists, on the node of the pod using
     * it, configured through rclone's environment, with a pinned image. The script is rewritten: it is
     * replaced by {@link #BACKUP_SCRIPT} here and checked against {@link #backupScript()} by the test.
     */
    private void backupPerComponent() {
        Object upstream = objects.remove("batch/CronJob//" + FULLNAME + "-backup");
        if (upstream == null) {
            return;
        }
        Map<String, Object> upstreamContainer = map(list(upstream, "spec", "jobTemplate", "spec", "template", "spec", "containers").get(0));
        String script = (String) list(upstreamContainer, "command").get(2);
        backupScript = new BackupScript(find(script, "REMOTE=\"([^\"]+)\""), find(script, "TAR_OPTS=\"([^\"]+)\""),
                find(script, "EXT=\"([^\"]+)\""), Integer.parseInt(find(script, "\\$\\(\\((\\d+) \\+ 1\\)\\)")));

        for (String component : List.of("sequencer", "maru", "besu")) {
            Map<String, Object> cronJob = deepCopy(map(upstream));
            map(cronJob, "metadata").put("name", FULLNAME + "-" + component + "-backup");
            Map<String, Object> pod = map(cronJob, "spec", "jobTemplate", "spec", "template", "spec");
            pod.put("affinity", Map.of("podAffinity", Map.of("requiredDuringSchedulingIgnoredDuringExecution", List.of(Map.of(
                    "labelSelector", Map.of("matchLabels", Map.of("statefulset.kubernetes.io/pod-name", FULLNAME + "-" + component + "-0")),
                    "topologyKey", "kubernetes.io/hostname")))));
            pod.put("volumes", List.of(Map.of("name", "data", "persistentVolumeClaim", Map.of(
                    "claimName", FULLNAME + "-" + component + "-data-" + FULLNAME + "-" + component + "-0", "readOnly", true))));

            Map<String, Object> container = map(list(pod, "containers").get(0));
            container.put("image", "rclone/rclone:1.68.2");
            container.put("command", List.of("/bin/sh", "-c", BACKUP_SCRIPT));
            container.put("volumeMounts", List.of(Map.of("name", "data", "mountPath", "/" + component + "-data", "readOnly", true)));
            List<Object> env = new ArrayList<>(List.of(
                    Map.of("name", "RCLONE_CONFIG_S3_TYPE", "value", "s3"),
                    Map.of("name", "RCLONE_CONFIG_S3_PROVIDER", "value", "AWS"),
                    Map.of("name", "RCLONE_CONFIG_S3_ENV_AUTH", "value", "true"),
                    Map.of("name", "RCLONE_CONFIG_S3_REGION", "value", find(script, "region = (\\S+)"))));
            env.addAll(list(container, "env"));
            container.put("env", env);
            objects.put("batch/CronJob//" + FULLNAME + "-" + component + "-backup", cronJob);
        }
    }

    /**
     * "Security contexts": sequencer, maru and besu pods run as uid/gid 1000 with RuntimeDefault seccomp;
     * every container (init containers too) without privilege escalation or capabilities, on a read-only
     * root filesystem; sequencer and besu get an emptyDir at /tmp (maru's /tmp already is one).
     */
    private void nodesRunRestricted() {
        Map<String, Object> pod = Map.of("runAsNonRoot", true, "runAsUser", 1000, "runAsGroup", 1000, "fsGroup", 1000,
                "seccompProfile", Map.of("type", "RuntimeDefault"));
        Map<String, Object> container = Map.of("allowPrivilegeEscalation", false, "readOnlyRootFilesystem", true,
                "capabilities", Map.of("drop", List.of("ALL")));
        for (String component : List.of("sequencer", "maru", "besu")) {
            Map<String, Object> podSpec = map(objects.get("apps/StatefulSet//" + FULLNAME + "-" + component), "spec", "template", "spec");
            podSpec.put("securityContext", pod);
            for (String field : List.of("initContainers", "containers")) {
                if (podSpec.containsKey(field)) {
                    list(podSpec, field).forEach(each -> map(each).put("securityContext", container));
                }
            }
            if (!component.equals("maru")) {
                list(podSpec, "volumes").add(Map.of("name", "tmp", "emptyDir", Map.of()));
                list(map(list(podSpec, "containers").get(0)), "volumeMounts").add(Map.of("name", "tmp", "mountPath", "/tmp"));
            }
        }
    }

    /**
     * "NetworkPolicies": new, one Ingress policy each for the sequencer, maru and besu pods, allowing the
     * in-chart callers, metrics from the "monitoring" namespace and besu's public RPC from anywhere.
     */
    private void nodesIsolatedByNetworkPolicies() {
        Map<String, Object> metrics = rule(List.of(Map.of("namespaceSelector",
                Map.of("matchLabels", Map.of("kubernetes.io/metadata.name", "monitoring")))), tcp(9545));
        addNetworkPolicy("sequencer", List.of(
                rule(List.of(pods("maru")), tcp(8550), tcp(8545)),
                rule(List.of(pods("maru"), pods("besu")), tcp(9545)),
                rule(List.of(pods("besu")), tcp(30303), udp(30303)),
                metrics));
        addNetworkPolicy("maru", List.of(metrics));
        addNetworkPolicy("besu", List.of(
                Map.of("ports", List.of(tcp(8545), tcp(8546))),
                rule(List.of(pods("maru")), tcp(8550)),
                rule(List.of(pods("sequencer"), pods("besu")), tcp(30303), udp(30303)),
                metrics));
    }

    private void addNetworkPolicy(String component, List<Object> ingress) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("name", FULLNAME + "-" + component + "-netpol");
        metadata.put("labels", standardLabels(component));
        Map<String, Object> policy = new LinkedHashMap<>();
        policy.put("apiVersion", "networking.k8s.io/v1");
        policy.put("kind", "NetworkPolicy");
        policy.put("metadata", metadata);
        policy.put("spec", Map.of("podSelector", Map.of("matchLabels", selectorLabels(component)),
                "policyTypes", List.of("Ingress"), "ingress", ingress));
        objects.put("networking.k8s.io/NetworkPolicy//" + FULLNAME + "-" + component + "-netpol", policy);
    }

    private static Map<String, Object> rule(List<Object> from, Object... ports) {
        return Map.of("from", from, "ports", List.of(ports));
    }

    private static Map<String, Object> pods(String component) {
        return Map.of("podSelector", Map.of("matchLabels", selectorLabels(component)));
    }

    private static Map<String, Object> tcp(int port) {
        return Map.of("protocol", "TCP", "port", port);
    }

    private static Map<String, Object> udp(int port) {
        return Map.of("protocol", "UDP", "port", port);
    }

    private static String find(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("upstream backup script has no " + regex);
        }
        return matcher.group(1);
    }

    private static Map<String, Object> standardLabels(String component) {
        Map<String, Object> labels = new LinkedHashMap<>();
        labels.put("app.kubernetes.io/name", "linea-stack");
        labels.put("app.kubernetes.io/instance", "rel");
        labels.put("app.kubernetes.io/version", "v1");
        labels.put("app.kubernetes.io/component", component);
        return labels;
    }

    private static Map<String, Object> selectorLabels(String component) {
        Map<String, Object> labels = standardLabels(component);
        labels.remove("app.kubernetes.io/version");
        return labels;
    }

    private static Map<String, Object> secretEnv(String name) {
        return Map.of("name", name, "valueFrom", Map.of("secretKeyRef", Map.of("name", ETHSTATS_SECRET, "key", "WS_SECRET")));
    }

    private static String componentOf(Object object) {
        String name = (String) map(object, "metadata").get("name");
        return COMPONENTS.stream()
                .filter(c -> name.startsWith(FULLNAME + "-" + c))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no component in " + name));
    }

    private Map<String, Object> container(String key) {
        Object object = objects.get(key);
        if (object == null) {
            throw new IllegalStateException("upstream render has no " + key);
        }
        return map(list(object, "spec", "template", "spec", "containers").get(0));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node, String... path) {
        Object current = node;
        for (String key : path) {
            current = ((Map<String, Object>) current).get(key);
        }
        return (Map<String, Object>) current;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object node, String... path) {
        String[] parent = Arrays.copyOf(path, path.length - 1);
        return (List<Object>) map(node, parent).get(path[path.length - 1]);
    }

    @SuppressWarnings("unchecked")
    private static <T> T deepCopy(T node) {
        if (node instanceof Map<?, ?> m) {
            Map<String, Object> copy = new LinkedHashMap<>();
            m.forEach((k, v) -> copy.put(String.valueOf(k), deepCopy(v)));
            return (T) copy;
        }
        if (node instanceof List<?> l) {
            List<Object> copy = new ArrayList<>();
            l.forEach(v -> copy.add(deepCopy(v)));
            return (T) copy;
        }
        return node;
    }
}
