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

/** DS05. */
@LintRule(id = "DS05", title = "Signer StatefulSet deletes its claims", severity = Severity.HIGH, family = Family.DS,
        rationale = "persistentVolumeClaimRetentionPolicy Delete removes the signer's claims when the StatefulSet is"
                + " deleted (a helm uninstall and reinstall, an Argo CD replace) or scaled down; the signer then comes"
                + " back with empty slashing protection or vote memory and can sign again what it already signed.",
        fix = "Leave persistentVolumeClaimRetentionPolicy out or set whenDeleted and whenScaled to Retain.",
        references = "https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#persistentvolumeclaim-retention")
public final class DeletedSignerClaimsRule implements Rule {
    @Override
    public void check(LintSet set, FindingSink findings) {
        for (Workload workload : set.workloads()) {
            if (!workload.isSigner() || !workload.kind().equals("StatefulSet")
                    || Tree.list(workload.object().data(), List.of("spec", "volumeClaimTemplates")).isEmpty()) {
                continue;
            }
            for (String when : List.of("whenDeleted", "whenScaled")) {
                List<Object> at = List.of("spec", "persistentVolumeClaimRetentionPolicy", when);
                if (Tree.text(workload.object().data(), at).filter("Delete"::equals).isPresent()) {
                    findings.report(workload.object(), at, SignerSignal.name(workload) + " deletes its claims "
                            + (when.equals("whenDeleted") ? "when it is deleted" : "when it is scaled down")
                            + ": the signer comes back without the state that stops it signing twice "
                            + SignerSignal.of(workload));
                }
            }
        }
    }
}
