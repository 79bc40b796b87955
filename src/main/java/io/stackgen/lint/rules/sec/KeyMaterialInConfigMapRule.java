package io.stackgen.lint.rules.sec;

import io.stackgen.lint.Family;
import io.stackgen.lint.FindingSink;
import io.stackgen.lint.LintRule;
import io.stackgen.lint.LintSet;
import io.stackgen.lint.Rule;
import io.stackgen.lint.Severity;

/** SEC01: private key material stored in a ConfigMap, as a whole value or inside the config file it holds. */
@LintRule(
        id = "SEC01",
        title = "Private key material in a ConfigMap",
        severity = Severity.CRITICAL,
        family = Family.SEC,
        rationale = "ConfigMaps provide no secrecy: anyone who may read ConfigMaps in the namespace, every backup and "
                + "every GitOps copy of the manifests holds the key in plain text. A validator key found there (Linera "
                + "server.json with validator_secret, CometBFT priv_validator_key.json, a libp2p node key, a mnemonic) "
                + "can be used to sign from anywhere, which is both theft and double signing. Encrypted keystores are "
                + "reported as high: they still need their password.",
        fix = "Move the key into a Secret, preferably from an external store (ExternalSecret, Secrets Store CSI driver), "
                + "mount it as a file, and keep only non-secret settings in the ConfigMap.",
        references = {
                "https://kubernetes.io/docs/concepts/configuration/configmap/",
                "https://kubernetes.io/docs/concepts/security/secrets-good-practices/"})
public final class KeyMaterialInConfigMapRule implements Rule {
    @Override
    public void check(LintSet set, FindingSink findings) {
        SecretScan.reportConfigMapHits(set, findings, hit -> hit.kind() == SecretScan.Kind.KEY_MATERIAL,
                hit -> hit.material().encrypted() ? Severity.HIGH : Severity.CRITICAL);
    }
}
