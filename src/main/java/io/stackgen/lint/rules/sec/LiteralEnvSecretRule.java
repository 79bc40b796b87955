package io.stackgen.lint.rules.sec;

import io.stackgen.lint.Family;
import io.stackgen.lint.FindingSink;
import io.stackgen.lint.LintRule;
import io.stackgen.lint.LintSet;
import io.stackgen.lint.Rule;
import io.stackgen.lint.Severity;
import io.stackgen.lint.model.Container;
import io.stackgen.lint.model.Workload;
import java.util.List;
import java.util.Map;

/**
 * SEC02: a secret written as a literal {@code env[].value}. Only literal values are judged: {@code envFrom} and
 * {@code valueFrom} name a ConfigMap or Secret, whose contents SEC01, SEC03 and SEC04 judge where they are written.
 */
@LintRule(
        id = "SEC02",
        title = "Secret written as a literal env value",
        severity = Severity.CRITICAL,
        family = Family.SEC,
        rationale = "A literal env value is part of the pod template: it is stored with the workload in etcd, shown by "
                + "kubectl get and describe, kept in every rollout revision and in the rendered manifests in git and CI "
                + "logs. Key material there is critical; any other value under a secret-like name (PASSWORD, "
                + "WS_SECRET, …_TOKEN) is high, weak values such as 12345 included. envFrom and valueFrom are not "
                + "judged here: the ConfigMap or Secret they name is judged where it is written (SEC01, SEC03, SEC04).",
        fix = "Keep the value in a Secret and reference it with env[].valueFrom.secretKeyRef, or mount the Secret as a "
                + "file; names ending in _PATH, _FILE, _NAME, _URL or ADDRESS are not taken for secrets.",
        references = {
                "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables",
                "https://kubernetes.io/docs/concepts/security/secrets-good-practices/"})
public final class LiteralEnvSecretRule implements Rule {
    @Override
    public void check(LintSet set, FindingSink findings) {
        for (Workload workload : set.workloads()) {
            for (Container container : workload.allContainers()) {
                List<?> env = container.env();
                for (int i = 0; i < env.size(); i++) {
                    if (!(env.get(i) instanceof Map<?, ?> variable) || variable.get("value") == null) {
                        continue;
                    }
                    String name = String.valueOf(variable.get("name"));
                    int index = i;
                    SecretScan.judge(name, String.valueOf(variable.get("value")), -1).ifPresent(hit -> {
                        Severity severity = hit.kind() == SecretScan.Kind.KEY_MATERIAL ? Severity.CRITICAL : Severity.HIGH;
                        findings.report(workload.object(), container.at("env", index, "value"), severity,
                                "env " + name + " of container \"" + container.name() + "\" holds " + hit.describe());
                    });
                }
            }
        }
    }
}
