package io.stackgen.lint.rules.ds;

import io.stackgen.lint.Family;
import io.stackgen.lint.FindingSink;
import io.stackgen.lint.LintRule;
import io.stackgen.lint.LintSet;
import io.stackgen.lint.Rule;
import io.stackgen.lint.Severity;
import io.stackgen.lint.model.KeyFiles;
import io.stackgen.lint.model.Workload;
import java.util.Optional;

/** DS13. */
@LintRule(id = "DS13", title = "One P2P node key for several replicas", severity = Severity.HIGH, family = Family.DS,
        rationale = "A node key is a peer's identity. Replicas that load the same one appear to the network as one"
                + " peer in several places: peers drop and re-dial them, pinned enodes (the Linea sequencer's, in every"
                + " besu --bootnodes) reach a random copy, and for maru the same key also signs blocks.",
        fix = "Give each replica its own node key (per-ordinal Secrets or a subPathExpr per pod), or let each pod"
                + " generate one onto its own claim from volumeClaimTemplates.",
        references = {
                "https://besu.hyperledger.org/public-networks/reference/cli/options#node-private-key-file",
                "https://github.com/paritytech/helm-charts/blob/main/charts/node/README.md"})
public final class SharedNodeKeyRule implements Rule {
    @Override
    public void check(LintSet set, FindingSink findings) {
        for (Workload workload : set.workloads()) {
            if (!(workload.runsOnEveryNode() || workload.replicas() > 1)) {
                continue;
            }
            Optional<KeyFiles.KeyFile> nodeKey = KeyFiles.of(workload).stream().filter(k -> k.kind().peerIdentity()).findFirst();
            if (nodeKey.isEmpty() || IdentityProof.forNodeKey(workload).isPresent()) {
                continue;
            }
            String pods = workload.runsOnEveryNode() ? "one pod per node" : workload.replicas() + " replicas";
            for (KeySources.KeySource source : KeySources.shared(KeySources.nodeKeys(workload))) {
                findings.report(workload.object(), source.at(), SignerSignal.name(workload) + " runs " + pods
                        + " that all take their P2P node key from " + source.describe() + ": the network sees one peer"
                        + " identity in several places (node key: " + nodeKey.get().signal() + ")"
                        + (workload.isSigner() ? " " + SignerSignal.of(workload) : ""));
            }
        }
    }
}
