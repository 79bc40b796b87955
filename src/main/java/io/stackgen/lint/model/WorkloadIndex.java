package io.stackgen.lint.model;

import io.stackgen.lint.LintSet;
import java.util.List;
import java.util.Map;

/**
 * The set's workloads by namespace and pod-template label, so that selectors (Services, PodDisruptionBudgets,
 * NetworkPolicies) are resolved without comparing every selector with every workload.
 */
public final class WorkloadIndex {
    private final LabelIndex<Workload> index = new LabelIndex<>();

    private WorkloadIndex() {
    }

    /** The set's index, built once for all rules. */
    public static WorkloadIndex of(LintSet set) {
        return set.shared(WorkloadIndex.class, WorkloadIndex::build);
    }

    private static WorkloadIndex build(LintSet set) {
        WorkloadIndex workloads = new WorkloadIndex();
        for (Workload workload : set.workloads()) {
            workloads.index.add(set.namespaceOf(workload.object()), podLabels(workload), workload);
        }
        return workloads;
    }

    /** The labels of the pods a workload runs (its pod template's). */
    public static Map<String, Object> podLabels(Workload workload) {
        return Tree.map(workload.podMetadata(), List.of("labels"));
    }

    public List<Workload> inNamespace(String namespace) {
        return index.inNamespace(namespace);
    }

    /** Workloads in {@code namespace} whose pods the selector matches, in input order. */
    public List<Workload> select(String namespace, LabelSelector selector) {
        return index.select(namespace, selector);
    }
}
