package io.stackgen.lint.rules.ds;

import io.stackgen.lint.Family;
import io.stackgen.lint.FindingSink;
import io.stackgen.lint.LintRule;
import io.stackgen.lint.LintSet;
import io.stackgen.lint.Rule;
import io.stackgen.lint.Severity;
import io.stackgen.lint.model.Tree;
import io.stackgen.lint.model.Workload;
import io.stackgen.manifest.ManifestObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** DS14. */
@LintRule(id = "DS14", title = "Threshold signer without a safe quorum", severity = Severity.HIGH, family = Family.DS,
        rationale = "A threshold signer (horcrux) is safe only if a threshold is a majority of cosigners (t > n/2),"
                + " so that two groups can never both sign; its pods must match the cosigner count, and disruption"
                + " budgets, rolling updates and placement must never take down more than n - t cosigners at once, or"
                + " the validator stops signing.",
        fix = "Use a majority threshold (3 cosigners with threshold 2, or 5 with 3), one replica per cosigner,"
                + " hostname anti-affinity, and a PodDisruptionBudget with maxUnavailable at most n - t.",
        references = {
                "https://github.com/strangelove-ventures/horcrux/blob/main/docs/signing.md",
                "https://github.com/strangelove-ventures/horcrux/blob/main/docs/migrating.md"})
public final class ThresholdSignerQuorumRule implements Rule {
    @Override
    public void check(LintSet set, FindingSink findings) {
        Map<String, List<ManifestObject>> budgets = new HashMap<>();
        for (ManifestObject pdb : set.ofKind("PodDisruptionBudget")) {
            budgets.computeIfAbsent(set.namespaceOf(pdb), ns -> new ArrayList<>()).add(pdb);
        }
        for (Workload workload : set.workloads()) {
            if (!HorcruxQuorum.isHorcrux(workload) || workload.role().map(r -> !r.role().signs()).orElse(false)) {
                continue;
            }
            String signal = SignerSignal.of(workload);
            Optional<HorcruxQuorum.Quorum> quorum = HorcruxQuorum.of(workload);
            quorum.ifPresent(q -> checkQuorum(workload, q, budgets.getOrDefault(set.namespaceOf(workload.object()),
                    List.of()), signal, findings));
            boolean spread = workload.podSpec().containsKey("topologySpreadConstraints")
                    || Tree.at(workload.podSpec(), List.of("affinity", "podAntiAffinity")).isPresent();
            if (workload.replicas() > 1 && !spread) {
                findings.report(workload.object(), workload.podSpecAt("affinity"), SignerSignal.name(workload)
                        + " runs " + workload.replicas() + " cosigners with no pod anti-affinity or topology spread:"
                        + " one node failure can take down the quorum " + signal);
            }
        }
    }

    private static void checkQuorum(Workload workload, HorcruxQuorum.Quorum q, List<ManifestObject> budgets,
                                    String signal, FindingSink findings) {
        String quorum = "threshold " + q.threshold() + " of " + q.cosigners() + " cosigners (" + q.where() + ")";
        if (2 * q.threshold() <= q.cosigners()) {
            findings.report(q.object(), q.at(), quorum + " is not a majority: two groups of cosigners can each sign"
                    + " a different block " + signal);
        }
        if (workload.replicas() > 1 && workload.replicas() != q.cosigners()) {
            findings.report(workload.object(), List.of("spec", "replicas"), SignerSignal.name(workload) + " runs "
                    + workload.replicas() + " cosigners but the config has " + quorum + " " + signal);
        }
        List<Object> rolling = List.of("spec", "updateStrategy", "rollingUpdate", "maxUnavailable");
        Tree.at(workload.object().data(), rolling).flatMap(v -> count(v, q.cosigners()))
                .filter(down -> down > q.tolerated()).ifPresent(down -> findings.report(workload.object(), rolling,
                        SignerSignal.name(workload) + " lets a rollout take down " + down + " cosigners, more than the "
                                + q.tolerated() + " that " + quorum + " can lose " + signal));
        Map<String, Object> podLabels = Tree.map(workload.podMetadata(), List.of("labels"));
        for (ManifestObject pdb : budgets) {
            Map<String, Object> selector = Tree.map(pdb.data(), List.of("spec", "selector", "matchLabels"));
            if (selector.isEmpty() || !podLabels.entrySet().containsAll(selector.entrySet())) {
                continue;
            }
            Tree.at(pdb.data(), List.of("spec", "maxUnavailable")).flatMap(v -> count(v, q.cosigners()))
                    .filter(down -> down > q.tolerated()).ifPresent(down -> findings.report(pdb,
                            List.of("spec", "maxUnavailable"), "PodDisruptionBudget " + pdb.name() + " lets " + down
                                    + " cosigners of " + SignerSignal.name(workload) + " be evicted, more than the "
                                    + q.tolerated() + " that " + quorum + " can lose " + signal));
            Tree.at(pdb.data(), List.of("spec", "minAvailable")).flatMap(v -> count(v, q.cosigners()))
                    .filter(up -> up < q.threshold()).ifPresent(up -> findings.report(pdb,
                            List.of("spec", "minAvailable"), "PodDisruptionBudget " + pdb.name() + " keeps only "
                                    + up + " of the cosigners of " + SignerSignal.name(workload) + " up, fewer than "
                                    + quorum + " needs " + signal));
        }
    }

    /** An int-or-percent of {@code total}, percentages rounded up as the disruption controller does. */
    private static Optional<Integer> count(Object value, int total) {
        String text = String.valueOf(value).strip();
        try {
            if (text.endsWith("%")) {
                int percent = Integer.parseInt(text.substring(0, text.length() - 1));
                return Optional.of((int) Math.ceil(percent * total / 100.0));
            }
            return Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException notACount) {
            return Optional.empty();
        }
    }
}
