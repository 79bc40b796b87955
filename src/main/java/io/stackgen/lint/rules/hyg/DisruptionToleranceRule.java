package io.stackgen.lint.rules.hyg;

import io.stackgen.lint.Family;
import io.stackgen.lint.FindingSink;
import io.stackgen.lint.LintRule;
import io.stackgen.lint.LintSet;
import io.stackgen.lint.Rule;
import io.stackgen.lint.Severity;
import io.stackgen.lint.model.LabelSelector;
import io.stackgen.lint.model.Tree;
import io.stackgen.lint.model.Workload;
import io.stackgen.lint.model.WorkloadIndex;
import io.stackgen.manifest.ManifestObject;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@LintRule(id = "HYG07", title = "Replicas not spread or not covered by a PodDisruptionBudget; a budget that blocks every drain",
        severity = Severity.MEDIUM, family = Family.HYG,
        rationale = "Replicas without anti-affinity or topology spread can all land on one node and go down together; "
                + "without a PodDisruptionBudget a drain may evict them all at once. The opposite mistake is as bad: a "
                + "budget that allows no disruption (minAvailable 1 on a single replica, maxUnavailable 0) blocks every "
                + "node drain and cluster upgrade until someone deletes it or force-deletes the pod, and force-deleting "
                + "a signer's StatefulSet pod is how two copies of it end up signing.",
        fix = "Spread replicas with podAntiAffinity or topologySpreadConstraints on kubernetes.io/hostname and cover "
                + "them with a budget of maxUnavailable: 1. For a singleton (a signer), use maxUnavailable: 1 or no "
                + "budget, and plan its moves.",
        references = {"https://kubernetes.io/docs/tasks/run-application/configure-pdb/",
                "https://kubernetes.io/docs/concepts/scheduling-eviction/topology-spread-constraints/",
                "https://docs.kubelinter.io/#/generated/checks?id=no-anti-affinity"})
public final class DisruptionToleranceRule implements Rule {
    private static final Set<String> REPLICATED_KINDS = Set.of("Deployment", "StatefulSet", "ReplicaSet");

    /** How many replicas a workload runs at least and at most, its HorizontalPodAutoscaler included. */
    private record Scale(int min, int max) {
    }

    @Override
    public void check(LintSet set, FindingSink findings) {
        WorkloadIndex index = WorkloadIndex.of(set);
        Map<Workload, Scale> scales = scales(set);
        Set<Workload> budgeted = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<String, Integer> replicasBySelection = new HashMap<>();
        for (ManifestObject budget : set.ofKind("PodDisruptionBudget")) {
            String namespace = set.namespaceOf(budget);
            LabelSelector selector = LabelSelector.of(Tree.at(budget.data(), List.of("spec", "selector")).orElse(null));
            List<Workload> selected = index.select(namespace, selector);
            int replicas = replicasBySelection.computeIfAbsent(namespace + "\u0000" + selector.key(), k -> {
                budgeted.addAll(selected);
                return selected.stream().mapToInt(w -> scales.get(w).min()).sum();
            });
            checkBudget(budget, selected, replicas, findings);
        }
        for (Workload workload : set.workloads()) {
            if (!REPLICATED_KINDS.contains(workload.kind())) {
                continue;
            }
            Scale scale = scales.get(workload);
            if (scale.max() < 2) {
                continue;
            }
            boolean spread = spreads(workload);
            boolean covered = budgeted.contains(workload);
            if (spread && covered) {
                continue;
            }
            String missing = !spread && !covered ? "neither anti-affinity/topology spread nor a PodDisruptionBudget"
                    : !spread ? "no pod anti-affinity or topology spread" : "no PodDisruptionBudget";
            findings.report(workload.object(), List.of("spec", "replicas"), spread || covered ? Severity.LOW : Severity.MEDIUM,
                    "up to " + scale.max() + " replicas with " + missing + ": one node or one drain can take them all down");
        }
    }

    private static void checkBudget(ManifestObject budget, List<Workload> selected, int replicas, FindingSink findings) {
        if (replicas == 0 || selected.stream().anyMatch(Workload::runsOnEveryNode)) {
            return;
        }
        Map<String, Object> spec = Tree.map(budget.data(), List.of("spec"));
        Optional<String> blocking = blockingSetting(spec, replicas);
        if (blocking.isEmpty()) {
            return;
        }
        Workload first = selected.get(0);
        String what = selected.size() == 1
                ? first.kind() + "/" + first.object().name() + (first.isSigner() ? " (a signer)" : "")
                : selected.size() + " workloads";
        String field = spec.containsKey("minAvailable") ? "minAvailable" : "maxUnavailable";
        findings.report(budget, List.of("spec", field), blocking.get() + " with " + replicas + " replica"
                + (replicas == 1 ? "" : "s") + " of " + what + " allows no disruption: every node drain blocks until "
                + "the budget or the pod is deleted by hand" + (first.isSigner() && replicas == 1
                ? ", and force-deleting a signer's pod risks two copies signing" : ""));
    }

    /** The setting that leaves no disruption allowed with this many healthy pods, as the disruption controller counts. */
    private static Optional<String> blockingSetting(Map<String, Object> spec, int replicas) {
        if (spec.containsKey("minAvailable")) {
            Object value = spec.get("minAvailable");
            return scaled(value, replicas).filter(n -> n >= replicas).map(n -> "minAvailable " + value);
        }
        if (spec.containsKey("maxUnavailable")) {
            Object value = spec.get("maxUnavailable");
            return scaled(value, replicas).filter(n -> n <= 0).map(n -> "maxUnavailable " + value);
        }
        return Optional.empty();
    }

    /** An int-or-percent of {@code replicas}; percentages round up, as the disruption controller does. */
    private static Optional<Integer> scaled(Object value, int replicas) {
        if (value instanceof Number number) {
            return Optional.of(number.intValue());
        }
        String text = String.valueOf(value).strip();
        try {
            if (text.endsWith("%")) {
                double percent = Double.parseDouble(text.substring(0, text.length() - 1));
                return Optional.of((int) Math.ceil(percent * replicas / 100));
            }
            return Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean spreads(Workload workload) {
        Map<String, Object> spec = workload.podSpec();
        return Tree.at(spec, List.of("affinity", "podAntiAffinity")).isPresent()
                || !Tree.list(spec, List.of("topologySpreadConstraints")).isEmpty();
    }

    /** Every workload's scale, its HorizontalPodAutoscaler's when one targets it. */
    private static Map<Workload, Scale> scales(LintSet set) {
        Map<String, Scale> autoscaled = autoscaled(set);
        Map<Workload, Scale> scales = new IdentityHashMap<>();
        for (Workload workload : set.workloads()) {
            Scale hpa = autoscaled.isEmpty() ? null
                    : autoscaled.get(key(set.namespaceOf(workload.object()), workload.kind(), workload.object().name()));
            scales.put(workload, hpa != null ? hpa : new Scale(workload.replicas(), workload.replicas()));
        }
        return scales;
    }

    /** HorizontalPodAutoscalers by {@code namespace/kind/name} of their target. */
    private static Map<String, Scale> autoscaled(LintSet set) {
        Map<String, Scale> byTarget = new HashMap<>();
        for (ManifestObject hpa : set.ofKind("HorizontalPodAutoscaler")) {
            Map<String, Object> spec = Tree.map(hpa.data(), List.of("spec"));
            String kind = Tree.text(spec, List.of("scaleTargetRef", "kind")).orElse("");
            String name = Tree.text(spec, List.of("scaleTargetRef", "name")).orElse("");
            int min = Tree.number(spec, List.of("minReplicas")).orElse(1L).intValue();
            int max = Tree.number(spec, List.of("maxReplicas")).orElse((long) min).intValue();
            byTarget.put(key(set.namespaceOf(hpa), kind, name), new Scale(min, max));
        }
        return byTarget;
    }

    private static String key(String namespace, String kind, String name) {
        return namespace + "/" + kind + "/" + name;
    }
}
