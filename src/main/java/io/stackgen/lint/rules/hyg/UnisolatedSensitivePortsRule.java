package io.stackgen.lint.rules.hyg;

import io.stackgen.lint.Family;
import io.stackgen.lint.FindingSink;
import io.stackgen.lint.LintRule;
import io.stackgen.lint.LintSet;
import io.stackgen.lint.Rule;
import io.stackgen.lint.Severity;
import io.stackgen.lint.model.Container;
import io.stackgen.lint.model.LabelSelector;
import io.stackgen.lint.model.Tree;
import io.stackgen.lint.model.Workload;
import io.stackgen.lint.model.WorkloadIndex;
import io.stackgen.manifest.ManifestObject;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

@LintRule(id = "HYG08", title = "Signer, engine API or database reachable without a NetworkPolicy", severity = Severity.HIGH,
        family = Family.HYG,
        rationale = "Without a NetworkPolicy selecting a pod, every pod in the cluster can open every port it listens "
                + "on. An engine API (the consensus client's control of block production), a database holding vote "
                + "state, or a signer's admin and remote-signing ports are then one compromised neighbour away.",
        fix = "Render a NetworkPolicy whose podSelector selects these pods with policyTypes [Ingress] (default-deny), "
                + "then allow only what is needed: the engine API from the consensus client, the database from its "
                + "clients, metrics from the monitoring namespace.",
        references = {"https://kubernetes.io/docs/concepts/services-networking/network-policies/",
                "https://docs.kubelinter.io/#/generated/checks?id=non-isolated-pod"})
public final class UnisolatedSensitivePortsRule implements Rule {
    /** Engine API (8551 authenticated, 8550 in Linea's setup), privval, databases (PostgreSQL, MySQL, CQL, Redis, MongoDB). */
    private static final Map<Integer, String> SENSITIVE_PORTS = Map.of(
            8551, "engine API port", 1234, "privval port", 5432, "PostgreSQL port", 3306, "MySQL port",
            9042, "ScyllaDB/Cassandra CQL port", 19042, "ScyllaDB shard-aware port", 6379, "Redis port",
            27017, "MongoDB port", 26257, "CockroachDB port");
    private static final Pattern SENSITIVE_NAME = Pattern.compile(
            "(?i)^(engine|engine-api|engine-rpc|authrpc|privval|postgres|postgresql|mysql|cql|redis|mongodb)$");

    /** A port worth a finding: where it is and what it is. */
    private record Exposure(List<Object> path, String what) {
    }

    @Override
    public void check(LintSet set, FindingSink findings) {
        Set<Workload> isolated = isolated(set, WorkloadIndex.of(set));
        for (Workload workload : set.workloads()) {
            if (isolated.contains(workload) || workload.kind().equals("Job") || workload.kind().equals("CronJob")) {
                continue;
            }
            Optional<Exposure> exposure = sensitivePort(workload);
            if (exposure.isEmpty() && !workload.isSigner()) {
                continue;
            }
            String what = exposure.map(e -> "its " + e.what() + (workload.isSigner() ? ", and it is a signer" : ""))
                    .orElse("a signer");
            List<Object> at = exposure.map(Exposure::path).orElse(firstPortOrContainers(workload));
            findings.report(workload.object(), at, "no NetworkPolicy selects these pods, so every pod in the cluster "
                    + "can reach " + what);
        }
    }

    private static Optional<Exposure> sensitivePort(Workload workload) {
        for (Container container : workload.containers()) {
            List<?> ports = container.ports();
            for (int i = 0; i < ports.size(); i++) {
                long number = Tree.number(ports.get(i), List.of("containerPort")).orElse(-1L);
                String name = Tree.text(ports.get(i), List.of("name")).orElse("");
                String known = SENSITIVE_PORTS.get((int) number);
                if (known != null || SENSITIVE_NAME.matcher(name).matches()) {
                    String label = known != null ? known + " " + number : "port '" + name + "' (" + number + ")";
                    return Optional.of(new Exposure(container.at("ports", i), label));
                }
            }
        }
        return Optional.empty();
    }

    private static List<Object> firstPortOrContainers(Workload workload) {
        for (Container container : workload.containers()) {
            if (!container.ports().isEmpty()) {
                return container.at("ports", 0);
            }
        }
        return workload.podSpecAt("containers");
    }

    /** Workloads some NetworkPolicy restricts inbound traffic to (policyTypes holds Ingress, as it does by default). */
    private static Set<Workload> isolated(LintSet set, WorkloadIndex index) {
        Set<Workload> isolated = Collections.newSetFromMap(new IdentityHashMap<>());
        for (ManifestObject policy : set.ofKind("NetworkPolicy")) {
            List<?> types = Tree.list(policy.data(), List.of("spec", "policyTypes"));
            if (!types.isEmpty() && !types.contains("Ingress")) {
                continue;
            }
            Object selector = Tree.at(policy.data(), List.of("spec", "podSelector")).orElse(Map.of());
            isolated.addAll(index.select(set.namespaceOf(policy), LabelSelector.of(selector)));
        }
        return isolated;
    }
}
