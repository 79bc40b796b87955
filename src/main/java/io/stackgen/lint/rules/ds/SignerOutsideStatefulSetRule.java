package io.stackgen.lint.rules.ds;

import io.stackgen.lint.Family;
import io.stackgen.lint.FindingSink;
import io.stackgen.lint.LintRule;
import io.stackgen.lint.LintSet;
import io.stackgen.lint.Rule;
import io.stackgen.lint.Severity;
import io.stackgen.lint.model.Tree;
import io.stackgen.lint.model.Workload;
import java.util.List;
import java.util.Optional;

/** DS02. */
@LintRule(id = "DS02", title = "Signer run by a Deployment, ReplicaSet or DaemonSet", severity = Severity.CRITICAL,
        family = Family.DS,
        rationale = "Only a StatefulSet promises at most one pod per identity. A Deployment's default RollingUpdate"
                + " starts the new pod before the old one stops (maxSurge 25% rounds up to 1), so every rollout runs"
                + " two signers; Recreate and bare ReplicaSets still start a replacement while a deleted, evicted or"
                + " partitioned pod is terminating; a DaemonSet runs one signer per node.",
        fix = "Run the signer as a StatefulSet with replicas: 1 and its state on a ReadWriteOnce(Pod) claim from"
                + " volumeClaimTemplates.",
        references = {
                "https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#strategy",
                "https://kubernetes.io/docs/tasks/run-application/force-delete-stateful-set-pod/"})
public final class SignerOutsideStatefulSetRule implements Rule {
    @Override
    public void check(LintSet set, FindingSink findings) {
        for (Workload workload : set.workloads()) {
            if (!workload.isSigner()) {
                continue;
            }
            String signal = SignerSignal.of(workload);
            switch (workload.kind()) {
                case "Deployment" -> {
                    Optional<String> strategy = Tree.text(workload.object().data(), List.of("spec", "strategy", "type"));
                    List<Object> at = strategy.isPresent() ? List.of("spec", "strategy", "type") : List.of("kind");
                    if (strategy.filter("Recreate"::equals).isPresent()) {
                        findings.report(workload.object(), at, Severity.HIGH, SignerSignal.name(workload)
                                + " runs a signer with strategy Recreate: a pod that is deleted, evicted or cut off"
                                + " from its node is replaced while it may still be signing " + signal);
                    } else {
                        findings.report(workload.object(), at, Severity.CRITICAL, SignerSignal.name(workload)
                                + " runs a signer with the RollingUpdate strategy" + (strategy.isEmpty() ? " (the default)" : "")
                                + ": every rollout starts the new pod before the old one stops, so two pods sign " + signal);
                    }
                }
                case "ReplicaSet", "ReplicationController" -> findings.report(workload.object(), List.of("kind"),
                        Severity.HIGH, SignerSignal.name(workload) + " runs a signer: a pod that is deleted, evicted or"
                                + " cut off from its node is replaced while it may still be signing " + signal);
                case "DaemonSet" -> findings.report(workload.object(), List.of("kind"), Severity.CRITICAL,
                        SignerSignal.name(workload) + " runs a signer on every node, each pod with the same key " + signal);
                default -> {
                }
            }
        }
    }
}
