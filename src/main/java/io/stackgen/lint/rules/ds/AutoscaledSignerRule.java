package io.stackgen.lint.rules.ds;

import io.stackgen.lint.Family;
import io.stackgen.lint.FindingSink;
import io.stackgen.lint.LintRule;
import io.stackgen.lint.LintSet;
import io.stackgen.lint.Rule;
import io.stackgen.lint.Severity;

/** DS03. */
@LintRule(id = "DS03", title = "Autoscaler targeting a signer", severity = Severity.CRITICAL, family = Family.DS,
        rationale = "An autoscaler adds replicas under load; every replica of a signer signs with the same key, so"
                + " the first scale-up double-signs. Only stateless tiers such as RPC nodes should autoscale.",
        fix = "Remove the HorizontalPodAutoscaler or ScaledObject from the signer; scale RPC nodes instead.",
        references = {
                "https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/",
                "https://keda.sh/docs/latest/reference/scaledobject-spec/"})
public final class AutoscaledSignerRule implements Rule {
    @Override
    public void check(LintSet set, FindingSink findings) {
        for (Autoscalers.Target target : Autoscalers.targets(set)) {
            if (target.workload().isSigner()) {
                findings.report(target.autoscaler(), Autoscalers.Target.REF, target.describeAutoscaler() + " scales "
                        + SignerSignal.name(target.workload()) + ", a signer: each added replica signs with the same key "
                        + SignerSignal.of(target.workload()));
            }
        }
    }
}
