package io.stackgen.lint.rules.ds;

import io.stackgen.lint.Family;
import io.stackgen.lint.FindingSink;
import io.stackgen.lint.LintRule;
import io.stackgen.lint.LintSet;
import io.stackgen.lint.Rule;
import io.stackgen.lint.Severity;
import io.stackgen.lint.model.Container;
import io.stackgen.lint.model.Tree;
import io.stackgen.lint.model.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** DS11. */
@LintRule(id = "DS11", title = "Liveness probe that kills a syncing or lagging signer", severity = Severity.MEDIUM,
        family = Family.DS,
        rationale = "A liveness probe on sync status (catching_up, eth_syncing, blocks behind, height lag) restarts a"
                + " signer exactly when it is catching up, in a loop; validator clients that detect another instance"
                + " exit on purpose and must not be restarted blindly, and with state that is not durable each restart"
                + " forgets what was signed. Sync status belongs in a readiness probe, with a startup probe for the"
                + " initial catch-up.",
        fix = "Check sync status in the readinessProbe, keep the livenessProbe to process health (a TCP or health"
                + " port), and add a startupProbe long enough for the initial sync.",
        references = {
                "https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/",
                "https://github.com/strangelove-ventures/cosmos-operator/blob/main/docs/fullnode_best_practices.md"})
public final class SyncLivenessProbeRule implements Rule {
    private static final Pattern SYNC_CHECK = Pattern.compile(
            "(?i)catching_up|syncing|sync[_-]?status|\\bsync\\b|blocks?[_ -]?behind|maxblocksbehind|\\blag(ging)?\\b|height");

    @Override
    public void check(LintSet set, FindingSink findings) {
        for (Workload workload : set.workloads()) {
            if (!workload.isSigner()) {
                continue;
            }
            for (Container container : workload.containers()) {
                Map<String, Object> liveness = Tree.map(container.data(), List.of("livenessProbe"));
                if (liveness.isEmpty() || container.data().get("startupProbe") != null) {
                    continue;
                }
                syncCheck(liveness).ifPresent(check -> findings.report(workload.object(), container.at("livenessProbe"),
                        SignerSignal.name(workload) + " restarts container " + container.name() + " when its liveness"
                                + " probe sees it syncing or lagging (\"" + check + "\") and has no startupProbe:"
                                + " a signer catching up is killed in a loop " + SignerSignal.of(workload)));
            }
        }
    }

    /** The words of the probe that test sync state, if any. */
    private static Optional<String> syncCheck(Map<String, Object> probe) {
        List<String> texts = new ArrayList<>();
        Tree.list(probe, List.of("exec", "command")).forEach(part -> texts.add(String.valueOf(part)));
        Tree.text(probe, List.of("httpGet", "path")).ifPresent(texts::add);
        Tree.text(probe, List.of("grpc", "service")).ifPresent(texts::add);
        for (String text : texts) {
            Matcher m = SYNC_CHECK.matcher(text);
            if (m.find()) {
                return Optional.of(m.group());
            }
        }
        return Optional.empty();
    }
}
