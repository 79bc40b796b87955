package io.stackgen.report;

import io.stackgen.lint.Family;
import io.stackgen.lint.Finding;
import io.stackgen.lint.LintResult;
import io.stackgen.lint.ObjectRef;
import io.stackgen.lint.RuleMetadata;
import io.stackgen.lint.Severity;
import io.stackgen.manifest.SourcePosition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** Hand-made lint results for the report tests: realistic rules, findings in two files, suppressions, notices. */
final class Sample {
    static final Path WORKDIR = Path.of("/repo");

    static final RuleMetadata DS01 = new RuleMetadata("DS01", "Signer with several replicas sharing one key",
            Severity.CRITICAL, Family.DS, "Two processes signing with one key get the validator slashed.",
            "Run the signer with replicas: 1, or give each replica its own key.",
            List.of("https://example.org/slashing", "cosmos-omnibus#317"));
    static final RuleMetadata SEC02 = new RuleMetadata("SEC02", "Secret as a literal env value", Severity.CRITICAL,
            Family.SEC, "Anyone who can read the Deployment reads the secret.",
            "Use valueFrom.secretKeyRef.", List.of());
    static final RuleMetadata HYG07 = new RuleMetadata("HYG07", "PodDisruptionBudget blocks every drain",
            Severity.MEDIUM, Family.HYG, "A node drain waits forever.", "Set maxUnavailable: 1.", List.of());
    static final RuleMetadata HYG11 = new RuleMetadata("HYG11", "Key written twice", Severity.LOW, Family.HYG,
            "The last copy wins silently.", "Remove one copy.", List.of());

    static final ObjectRef SIGNER = new ObjectRef("apps/v1", "StatefulSet", "linera", "signer");
    static final ObjectRef SENDER = new ObjectRef("apps/v1", "Deployment", "linea", "tx-sender");
    static final ObjectRef PDB = new ObjectRef("policy/v1", "PodDisruptionBudget", "linea", "maru");

    private Sample() {
    }

    static Finding finding(RuleMetadata rule, Severity severity, ObjectRef object, String path, String file, int line,
                           int column, String message) {
        return new Finding(rule.id(), severity, object, path, new SourcePosition(file, line, column),
                "stack/templates/" + object.name() + ".yaml", message, rule.fix());
    }

    /** Four findings over two files (deliberately not in reading order), one suppression, one notice. */
    static LintResult several() {
        Finding replicas = finding(DS01, Severity.CRITICAL, SIGNER, "spec.replicas", "deploy/prod.yaml", 14, 3,
                "Signer runs 3 replicas that share one key.");
        Finding env = finding(SEC02, Severity.HIGH, SENDER, "spec.template.spec.containers[0].env[1].value",
                "deploy/linea.yaml", 40, 20, "WS_SECRET is a literal: <redacted: 12 characters>.");
        Finding pdb = new Finding(HYG07.id(), Severity.MEDIUM, PDB, "", new SourcePosition("deploy/linea.yaml", 3, 1),
                null, "Blocks every drain of the single maru replica.", HYG07.fix());
        Finding label = finding(HYG11, Severity.LOW, SENDER, "metadata.labels.app", "deploy/linea.yaml", 9, 5,
                "Label app is written twice.");
        Finding silenced = finding(DS01, Severity.CRITICAL, SIGNER, "spec.replicas", "deploy/staging.yaml", 14, 3,
                "Signer runs 2 replicas that share one key.");
        return new LintResult(List.of(DS01, SEC02, HYG07, HYG11), List.of(replicas, label, env, pdb),
                List.of(new LintResult.Suppressed(silenced, "staging runs a throwaway key",
                        "lint.stackgen.io/ignore.DS01 on StatefulSet/linera/signer")),
                List.of(new LintResult.Notice(".stackgen.yaml:12:5", "suppression of SEC02 matched nothing")), 12);
    }

    static LintResult empty() {
        return new LintResult(List.of(DS01, HYG07), List.of(), List.of(), List.of(), 7);
    }

    static LintResult nothingAtAll() {
        return new LintResult(List.of(), List.of(), List.of(), List.of(), 0);
    }

    static String write(Report report, LintResult result) {
        return write(report, result, false);
    }

    static String write(Report report, LintResult result, boolean colour) {
        StringBuilder out = new StringBuilder();
        try {
            report.write(result, new ReportOptions(colour, "1.2.3", WORKDIR), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
