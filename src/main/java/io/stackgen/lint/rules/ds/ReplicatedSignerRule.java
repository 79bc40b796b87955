package io.stackgen.lint.rules.ds;

import io.stackgen.lint.Family;
import io.stackgen.lint.FindingSink;
import io.stackgen.lint.LintRule;
import io.stackgen.lint.LintSet;
import io.stackgen.lint.Rule;
import io.stackgen.lint.Severity;
import io.stackgen.lint.model.Volumes;
import io.stackgen.lint.model.Workload;
import java.util.List;
import java.util.stream.Collectors;

/** DS01. */
@LintRule(id = "DS01", title = "Signer with several replicas sharing one key", severity = Severity.CRITICAL,
        family = Family.DS,
        rationale = "Every replica of a signer that reads the same key signs with it: two pods sign two different"
                + " blocks or votes at the same height, which the chain punishes as equivocation (slashing, ejection)."
                + " Kubernetes runs replicas at the same time by design; nothing in a Deployment or StatefulSet makes"
                + " them take turns.",
        fix = "Run one replica per key (replicas: 1), or give each replica its own identity and show it in the"
                + " manifest: Linera --shard/--id from the StatefulSet ordinal, one horcrux shard per cosigner,"
                + " web3signer replicas sharing one slashing-protection database, Substrate keys derived per pod.",
        references = {
                "https://lighthouse-book.sigmaprime.io/validator_slashing_protection.html",
                "https://docs.web3signer.consensys.io/how-to/configure-slashing-protection",
                "https://kubernetes.io/docs/tasks/run-application/force-delete-stateful-set-pod/"})
public final class ReplicatedSignerRule implements Rule {
    @Override
    public void check(LintSet set, FindingSink findings) {
        for (Workload workload : set.workloads()) {
            if (!workload.isSigner() || !(workload.runsOnEveryNode() || workload.replicas() > 1)
                    || IdentityProof.forSigning(workload).isPresent()) {
                continue;
            }
            List<KeySources.KeySource> sources = KeySources.signingKeys(workload);
            List<KeySources.KeySource> shared = KeySources.shared(sources);
            String pods = workload.runsOnEveryNode() ? "one pod per node" : workload.replicas() + " replicas";
            String why;
            if (!shared.isEmpty()) {
                why = " that all read " + shared.stream().map(KeySources.KeySource::describe).collect(Collectors.joining(", "));
            } else if (sources.isEmpty() && !hasClaimTemplates(workload)) {
                why = " and nothing in the manifest gives each pod its own key";
            } else {
                continue;
            }
            findings.report(workload.object(), workload.runsOnEveryNode() || !workload.replicasWritten()
                            ? List.of("kind") : List.of("spec", "replicas"),
                    SignerSignal.name(workload) + " runs " + pods + why + "; with no per-pod identity"
                            + " (ordinal-derived --shard/--id, per-pod key or shared slashing database) they sign"
                            + " with one key at the same time " + SignerSignal.of(workload));
        }
    }

    private static boolean hasClaimTemplates(Workload workload) {
        return Volumes.of(workload).volumes().stream().anyMatch(v -> v.type() == Volumes.Type.CLAIM_TEMPLATE);
    }
}
