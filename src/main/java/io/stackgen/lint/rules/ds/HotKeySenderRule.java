package io.stackgen.lint.rules.ds;

import io.stackgen.lint.Family;
import io.stackgen.lint.FindingSink;
import io.stackgen.lint.LintRule;
import io.stackgen.lint.LintSet;
import io.stackgen.lint.Rule;
import io.stackgen.lint.Severity;
import io.stackgen.lint.model.Container;
import io.stackgen.lint.model.ImageName;
import io.stackgen.lint.model.Tree;
import io.stackgen.lint.model.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** DS16. */
@LintRule(id = "DS16", title = "Hot-key sender with several replicas", severity = Severity.MEDIUM, family = Family.DS,
        rationale = "A transaction sender, relayer or bot signs transactions from one funded account. Replicas of it"
                + " pick the same nonces and replace or drop each other's transactions (\"replacement transaction"
                + " underpriced\"); an autoscaler makes that happen under load. This costs fees and liveness, not"
                + " slashing.",
        fix = "Run one replica (a StatefulSet or a Deployment with strategy Recreate), or give each replica its own"
                + " account.",
        references = "https://github.com/xmtp/xmtpd/issues/1420")
public final class HotKeySenderRule implements Rule {
    private static final Set<String> SENDER_WORDS = Set.of("sender", "txsender", "relayer", "relay", "faucet", "bot",
            "keeper", "submitter", "poster");
    private static final Pattern NAME_BREAK = Pattern.compile("[^a-z0-9]+");

    @Override
    public void check(LintSet set, FindingSink findings) {
        for (Workload workload : set.workloads()) {
            Optional<String> sender = hotKey(workload);
            if (sender.isPresent() && workload.replicas() > 1) {
                findings.report(workload.object(), List.of("spec", "replicas"), SignerSignal.name(workload) + " runs "
                        + workload.replicas() + " replicas of a hot-key sender: they race for the same account's"
                        + " nonces (" + sender.get() + ")");
            }
        }
        for (Autoscalers.Target target : Autoscalers.targets(set)) {
            hotKey(target.workload()).ifPresent(sender -> findings.report(target.autoscaler(), Autoscalers.Target.REF,
                    target.describeAutoscaler() + " scales " + SignerSignal.name(target.workload()) + ", a hot-key"
                            + " sender: added replicas race for the same account's nonces (" + sender + ")"));
        }
    }

    /**
     * Why the workload is a single-account sender: a sender-like name and a key it holds. Signers are DS01's, and
     * an explicit role annotation is an answer.
     */
    private static Optional<String> hotKey(Workload workload) {
        if (workload.role().isPresent()) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        names.add(workload.object().name());
        for (Container container : workload.containers()) {
            names.add(container.name());
            names.add(ImageName.parse(container.image()).name());
        }
        Optional<String> senderName = names.stream().filter(HotKeySenderRule::senderLike).findFirst();
        if (senderName.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> key = heldKey(workload);
        return key.map(k -> senderName.get() + " holding " + k);
    }

    private static boolean senderLike(String name) {
        for (String word : NAME_BREAK.split(name.toLowerCase(Locale.ROOT))) {
            if (SENDER_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> heldKey(Workload workload) {
        for (Container container : workload.containers()) {
            for (Object env : container.env()) {
                String name = Tree.text(env, List.of("name")).orElse("");
                if (KeyNames.isKeyLike(name)) {
                    return Optional.of("env " + name);
                }
            }
        }
        return KeySources.signingKeys(workload).stream().findFirst().map(KeySources.KeySource::describe);
    }
}
