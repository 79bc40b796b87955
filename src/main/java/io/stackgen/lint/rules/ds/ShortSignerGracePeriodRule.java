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

/** DS09. */
@LintRule(id = "DS09", title = "Signer killed without time to stop", severity = Severity.HIGH, family = Family.DS,
        rationale = "terminationGracePeriodSeconds: 0 kills the signer at once and frees its StatefulSet identity"
                + " before the process is known to be gone, which Kubernetes calls unsafe for StatefulSet pods; the"
                + " replacement can start while the old process still signs. Under 30 seconds a client may not"
                + " finish writing its vote state (reported low).",
        fix = "Leave terminationGracePeriodSeconds at the default 30 or raise it (60 s or more for clients that"
                + " flush state on shutdown).",
        references = "https://kubernetes.io/docs/tasks/run-application/force-delete-stateful-set-pod/")
public final class ShortSignerGracePeriodRule implements Rule {
    private static final long ADVISED_SECONDS = 30;

    @Override
    public void check(LintSet set, FindingSink findings) {
        for (Workload workload : set.workloads()) {
            List<Object> at = workload.podSpecAt("terminationGracePeriodSeconds");
            Optional<Long> seconds = Tree.number(workload.object().data(), at);
            if (!workload.isSigner() || seconds.isEmpty() || seconds.get() >= ADVISED_SECONDS) {
                continue;
            }
            if (seconds.get() <= 0) {
                findings.report(workload.object(), at, Severity.HIGH, SignerSignal.name(workload)
                        + " sets terminationGracePeriodSeconds: 0: the signer is killed at once and a replacement can"
                        + " start while it still signs " + SignerSignal.of(workload));
            } else {
                findings.report(workload.object(), at, Severity.LOW, SignerSignal.name(workload)
                        + " gives the signer only " + seconds.get() + " s to stop (under " + ADVISED_SECONDS
                        + " s): it may be killed before its vote state is written " + SignerSignal.of(workload));
            }
        }
    }
}
