package io.stackgen.lint.rules.sec;

import io.stackgen.lint.Family;
import io.stackgen.lint.FindingSink;
import io.stackgen.lint.LintRule;
import io.stackgen.lint.LintSet;
import io.stackgen.lint.Rule;
import io.stackgen.lint.Severity;
import io.stackgen.lint.model.Container;
import io.stackgen.lint.model.Workload;

/**
 * SEC05: key material, passwords, or URLs with credentials in a container's command or args, {@code sh -c} scripts
 * included ({@code --flag=value}, {@code --flag value}, {@code NAME=value}, heredoc {@code name = value}).
 */
@LintRule(
        id = "SEC05",
        title = "Key material or password on the command line",
        severity = Severity.CRITICAL,
        family = Family.SEC,
        rationale = "Command lines are part of the pod spec (etcd, kubectl get, rendered manifests in git) and, on the "
                + "node, readable by every process through /proc/<pid>/cmdline and ps, and collected by monitoring "
                + "agents and crash reports. A password inside a URL (ethstats name:secret@host, ws://user:pass@host) "
                + "is as exposed as a flag of its own.",
        fix = "Pass a file instead (--node-private-key-file, --password-file) mounted from a Secret, or an env variable "
                + "fed by secretKeyRef and expanded by the shell or by Kubernetes ($(VAR)).",
        references = {
                "https://kubernetes.io/docs/concepts/security/secrets-good-practices/",
                "https://besu.hyperledger.org/public-networks/reference/cli/options#node-private-key-file"})
public final class SecretInArgsRule implements Rule {
    @Override
    public void check(LintSet set, FindingSink findings) {
        for (Workload workload : set.workloads()) {
            for (Container container : workload.allContainers()) {
                for (CommandArgs.Arg arg : CommandArgs.of(set, container)) {
                    SecretScan.judge(arg.name(), arg.value(), arg.line()).ifPresent(hit ->
                            findings.reportWithin(workload.object(), arg.path(), arg.line(), Severity.CRITICAL,
                                    arg.label() + " of container \"" + container.name() + "\" passes " + hit.describe()
                                            + " on the command line"));
                }
            }
        }
    }
}
