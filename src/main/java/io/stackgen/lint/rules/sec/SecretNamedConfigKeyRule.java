package io.stackgen.lint.rules.sec;

import io.stackgen.lint.Family;
import io.stackgen.lint.FindingSink;
import io.stackgen.lint.LintRule;
import io.stackgen.lint.LintSet;
import io.stackgen.lint.Rule;
import io.stackgen.lint.Severity;

/**
 * SEC03: a password, token or other secret-named setting with a real value in a ConfigMap, as a key of its own or
 * as a key inside the config file it holds; key material is SEC01's.
 */
@LintRule(
        id = "SEC03",
        title = "Secret-named setting with a literal value in a ConfigMap",
        severity = Severity.HIGH,
        family = Family.SEC,
        rationale = "ConfigMaps provide no secrecy, so a password, token or API key written into one (or into a TOML, "
                + "YAML, JSON or env file it holds) is readable by anyone who may read the namespace's ConfigMaps and by "
                + "every copy of the manifests. Names are matched on word boundaries (bypass-cache is not a password); "
                + "paths, URLs without credentials, placeholders ({{ … }}, ${…}, $(…), <…>, changeme) and booleans are "
                + "not secrets, weak real values such as 12345 are.",
        fix = "Put the secret into a Secret and let the process read it from a mounted file or an env variable fed by "
                + "secretKeyRef; leave only a reference (a path, an env variable) in the config file.",
        references = {
                "https://kubernetes.io/docs/concepts/configuration/configmap/",
                "https://avd.aquasec.com/misconfig/kubernetes/general/avd-ksv-0109/"})
public final class SecretNamedConfigKeyRule implements Rule {
    @Override
    public void check(LintSet set, FindingSink findings) {
        SecretScan.reportConfigMapHits(set, findings, hit -> hit.kind() != SecretScan.Kind.KEY_MATERIAL,
                hit -> Severity.HIGH);
    }
}
