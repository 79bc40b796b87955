package io.stackgen.lint.model;

import io.stackgen.lint.LintSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The set's workloads by namespace and pod-template label, so that selectors (Services, PodDisruptionBudgets,
 * NetworkPolicies) are resolved without comparing every selector with every workload.
 */
public final class WorkloadIndex {
    private final Map<String, List<Workload>> byNamespace = new HashMap<>();
    private final Map<String, Map<String, List<Workload>>> byLabel = new HashMap<>();
    private final LintSet set;

    private WorkloadIndex(LintSet set) {
        this.set = set;
    }

    public static WorkloadIndex of(LintSet set) {
        WorkloadIndex index = new WorkloadIndex(set);
        for (Workload workload : set.workloads()) {
            String namespace = set.namespaceOf(workload.object());
            index.byNamespace.computeIfAbsent(namespace, n -> new ArrayList<>()).add(workload);
            Map<String, List<Workload>> labels = index.byLabel.computeIfAbsent(namespace, n -> new HashMap<>());
            podLabels(workload).forEach((k, v) -> labels.computeIfAbsent(k + "=" + v, l -> new ArrayList<>()).add(workload));
        }
        return index;
    }

    /** The labels of the pods a workload runs (its pod template's). */
    public static Map<String, Object> podLabels(Workload workload) {
        return Tree.map(workload.podMetadata(), List.of("labels"));
    }

    public List<Workload> inNamespace(String namespace) {
        return byNamespace.getOrDefault(namespace, List.of());
    }

    /** Workloads in {@code namespace} whose pods the selector matches, in input order. */
    public List<Workload> select(String namespace, LabelSelector selector) {
        if (selector.selectsNothing()) {
            return List.of();
        }
        List<Workload> candidates = inNamespace(namespace);
        Map<String, List<Workload>> labels = byLabel.getOrDefault(namespace, Map.of());
        for (Map.Entry<String, String> pair : selector.matchLabels().entrySet()) {
            List<Workload> carrying = labels.getOrDefault(pair.getKey() + "=" + pair.getValue(), List.of());
            if (carrying.size() < candidates.size()) {
                candidates = carrying;
            }
        }
        List<Workload> selected = new ArrayList<>();
        for (Workload workload : candidates) {
            if (selector.matches(podLabels(workload))) {
                selected.add(workload);
            }
        }
        return selected;
    }

    public String namespaceOf(Workload workload) {
        return set.namespaceOf(workload.object());
    }
}
