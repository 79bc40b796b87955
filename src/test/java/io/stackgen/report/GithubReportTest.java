package io.stackgen.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackgen.lint.Family;
import io.stackgen.lint.Finding;
import io.stackgen.lint.LintResult;
import io.stackgen.lint.RuleMetadata;
import io.stackgen.lint.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class GithubReportTest {
    private final Report github = new GithubReport();

    @Test
    void oneWorkflowCommandPerFindingAndNotice() {
        assertThat(Sample.write(github, Sample.several())).isEqualTo(
                "::error file=deploy/prod.yaml,line=14,col=3,title=stackgen DS01 Signer with several replicas sharing "
                        + "one key::StatefulSet/linera/signer spec.replicas: Signer runs 3 replicas that share one key."
                        + "%0Afix: Run the signer with replicas: 1, or give each replica its own key.\n"
                + "::warning file=deploy/linea.yaml,line=3,col=1,title=stackgen HYG07 PodDisruptionBudget blocks every "
                        + "drain::PodDisruptionBudget/linea/maru: Blocks every drain of the single maru replica."
                        + "%0Afix: Set maxUnavailable: 1.\n"
                + "::warning file=deploy/linea.yaml,line=9,col=5,title=stackgen HYG11 Key written twice::"
                        + "Deployment/linea/tx-sender metadata.labels.app: Label app is written twice.%0Afix: Remove one copy.\n"
                + "::error file=deploy/linea.yaml,line=40,col=20,title=stackgen SEC02 Secret as a literal env value::"
                        + "Deployment/linea/tx-sender spec.template.spec.containers[0].env[1].value: WS_SECRET is a "
                        + "literal: <redacted: 12 characters>.%0Afix: Use valueFrom.secretKeyRef.\n"
                + "::warning file=.stackgen.yaml,line=12,col=5,title=stackgen configuration::suppression of SEC02 "
                        + "matched nothing\n");
    }

    @Test
    void infoIsANoticeAndAnEmptyRunPrintsNothing() {
        Finding info = Sample.finding(Sample.HYG11, Severity.INFO, Sample.SENDER, "", "/repo/a.yaml", 1, 2, "FYI.");
        assertThat(Sample.write(github, new LintResult(List.of(Sample.HYG11), List.of(info), List.of(), List.of(), 1)))
                .startsWith("::notice file=a.yaml,line=1,col=2,title=");
        assertThat(Sample.write(github, Sample.empty())).isEmpty();
    }

    @Test
    void propertiesAndDataAreEscapedAsTheRunnerRequires() {
        RuleMetadata rule = new RuleMetadata("X01", "Odd: a, b 100%", Severity.HIGH, Family.HYG, "r", "f", List.of());
        Finding finding = new Finding("X01", Severity.HIGH, Sample.SENDER, "", new io.stackgen.manifest.SourcePosition(
                "d,ir/a:b%c.yaml", 5, 6), null, "50% done\r\n::error::injected, a: b", "fix it:\nnow");
        String out = Sample.write(github, new LintResult(List.of(rule), List.of(finding), List.of(), List.of(), 1));

        assertThat(out).isEqualTo("::error file=d%2Cir/a%3Ab%25c.yaml,line=5,col=6,title=stackgen X01 Odd%3A a%2C b 100%25"
                + "::Deployment/linea/tx-sender: 50%25 done%0D%0A::error::injected, a: b%0Afix: fix it:%0Anow\n");
        assertThat(out.lines()).hasSize(1);
    }

    @Test
    void aNoticeWithoutAPlaceIsAWarningWithItsWhereInTheText() {
        LintResult result = new LintResult(List.of(), List.of(), List.of(),
                List.of(new LintResult.Notice("--config", "entry 2 has no reason"),
                        new LintResult.Notice("lint.yaml:7", "entry expired")), 0);
        assertThat(Sample.write(github, result)).isEqualTo("""
                ::warning title=stackgen configuration::--config: entry 2 has no reason
                ::warning file=lint.yaml,line=7,title=stackgen configuration::entry expired
                """);
    }
}
