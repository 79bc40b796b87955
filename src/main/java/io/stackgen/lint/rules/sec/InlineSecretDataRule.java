package io.stackgen.lint.rules.sec;

import io.stackgen.lint.Family;
import io.stackgen.lint.FindingSink;
import io.stackgen.lint.LintRule;
import io.stackgen.lint.LintSet;
import io.stackgen.lint.Rule;
import io.stackgen.lint.Severity;
import io.stackgen.manifest.ManifestObject;

/**
 * SEC04: a rendered Secret that carries its secrets inline ({@code data}, {@code stringData}). Signing keys are
 * high; other secrets (TLS keys, passwords, tokens) medium. Secrets filled from an external store (ExternalSecret,
 * SecretProviderClass) are other kinds and are not looked at; references to a store are not secrets.
 */
@LintRule(
        id = "SEC04",
        title = "Secret with signing keys written inline",
        severity = Severity.HIGH,
        family = Family.SEC,
        rationale = "A Secret rendered with its data inline puts the secret into the rendered manifests: into git, CI "
                + "logs, review diffs and every GitOps copy, where Kubernetes' access control does not reach. For a "
                + "validator's signing key that is the same exposure as a ConfigMap.",
        fix = "Render only a reference: an ExternalSecret, a SecretProviderClass (Secrets Store CSI driver), a "
                + "SealedSecret, or an existing Secret created out of band (existingSecret values).",
        references = {
                "https://kubernetes.io/docs/concepts/security/secrets-good-practices/",
                "https://external-secrets.io/latest/",
                "https://secrets-store-csi-driver.sigs.k8s.io/"})
public final class InlineSecretDataRule implements Rule {
    @Override
    public void check(LintSet set, FindingSink findings) {
        for (ManifestObject secret : set.ofKind("Secret")) {
            for (SecretScan.Scanned scanned : SecretScan.of(set, secret)) {
                StoredEntries.Stored entry = scanned.entry();
                for (SecretScan.Hit hit : scanned.hits()) {
                    boolean signing = hit.kind() == SecretScan.Kind.KEY_MATERIAL && hit.material().signing();
                    entry.report(findings, secret, hit.line(), signing ? Severity.HIGH : Severity.MEDIUM,
                            "Secret key \"" + entry.name() + "\" is written inline and holds " + hit.describe());
                }
            }
        }
    }
}
