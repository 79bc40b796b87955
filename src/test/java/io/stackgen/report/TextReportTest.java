package io.stackgen.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackgen.lint.Finding;
import io.stackgen.lint.LintResult;
import io.stackgen.lint.ObjectRef;
import io.stackgen.lint.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextReportTest {
    private final Report text = new TextReport();

    @Test
    void oneBlockPerFindingByFileAndLineThenWarningsAndTheSummary() {
        assertThat(Sample.write(text, Sample.several())).isEqualTo("""
                deploy/prod.yaml:14:3: CRITICAL DS01 StatefulSet/linera/signer: Signer runs 3 replicas that share one key.
                  path: spec.replicas
                  template: stack/templates/signer.yaml
                  fix: Run the signer with replicas: 1, or give each replica its own key.

                deploy/linea.yaml:3:1: MEDIUM HYG07 PodDisruptionBudget/linea/maru: Blocks every drain of the single maru replica.
                  fix: Set maxUnavailable: 1.

                deploy/linea.yaml:9:5: LOW HYG11 Deployment/linea/tx-sender: Label app is written twice.
                  path: metadata.labels.app
                  template: stack/templates/tx-sender.yaml
                  fix: Remove one copy.

                deploy/linea.yaml:40:20: HIGH SEC02 Deployment/linea/tx-sender: WS_SECRET is a literal: <redacted: 12 characters>.
                  path: spec.template.spec.containers[0].env[1].value
                  template: stack/templates/tx-sender.yaml
                  fix: Use valueFrom.secretKeyRef.

                warning: .stackgen.yaml:12:5: suppression of SEC02 matched nothing
                12 objects linted: 4 findings (1 critical, 1 high, 1 medium, 1 low), 1 suppressed, 1 warning
                """);
    }

    @Test
    void aCleanRunIsOneSummaryLine() {
        assertThat(Sample.write(text, Sample.empty())).isEqualTo("7 objects linted: no findings, 0 suppressed\n");
        assertThat(Sample.write(text, new LintResult(List.of(), List.of(), List.of(), List.of(), 1)))
                .isEqualTo("1 object linted: no findings, 0 suppressed\n");
    }

    @Test
    void colourOnlyWhenAsked() {
        String plain = Sample.write(text, Sample.several(), false);
        String coloured = Sample.write(text, Sample.several(), true);

        assertThat(plain).doesNotContain("\u001b");
        assertThat(coloured).contains("\u001b[1;31mCRITICAL\u001b[0m", "\u001b[31mHIGH\u001b[0m",
                "\u001b[33mMEDIUM\u001b[0m", "\u001b[36mLOW\u001b[0m", "\u001b[1;33mwarning:\u001b[0m");
        assertThat(coloured.replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(plain);
    }

    @Test
    void controlCharactersFromTheInputCannotReachTheTerminal() {
        ObjectRef odd = new ObjectRef("v1", "ConfigMap", "ns", "evil\u001b]0;pwned\u0007");
        Finding finding = Sample.finding(Sample.HYG11, Severity.LOW, odd, "data[\"a\nb\"]", "dir\rname/x.yaml", 2, 1,
                "Line one\nline two\u001b[2J");
        String out = Sample.write(text, new LintResult(List.of(Sample.HYG11), List.of(finding), List.of(),
                List.of(new LintResult.Notice("cfg\u001b.yaml", "bad\nnotice")), 1));

        assertThat(out).doesNotContain("\u001b", "\u0007", "\r");
        assertThat(out).contains("dir\\rname/x.yaml:2:1: LOW HYG11 ConfigMap/ns/evil\\u001b]0;pwned\\u0007: "
                + "Line one\\nline two\\u001b[2J\n");
        assertThat(out).contains("  path: data[\"a\\nb\"]\n", "warning: cfg\\u001b.yaml: bad\\nnotice\n");
    }

    @Test
    void clusterScopedObjectsHaveNoNamespaceInTheirName() {
        ObjectRef role = new ObjectRef("rbac.authorization.k8s.io/v1", "ClusterRole", "", "reader");
        Finding finding = Sample.finding(Sample.HYG11, Severity.INFO, role, "", "a.yaml", 1, 1, "Note.");
        assertThat(Sample.write(text, new LintResult(List.of(Sample.HYG11), List.of(finding), List.of(), List.of(), 1)))
                .startsWith("a.yaml:1:1: INFO HYG11 ClusterRole/reader: Note.\n")
                .endsWith("1 object linted: 1 finding (1 info), 0 suppressed\n");
    }
}
