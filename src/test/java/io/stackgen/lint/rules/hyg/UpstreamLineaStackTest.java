package io.stackgen.lint.rules.hyg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.stackgen.lint.Finding;
import io.stackgen.lint.LintSet;
import io.stackgen.lint.Rule;
import io.stackgen.lint.RuleRunner;
import io.stackgen.lint.Severity;
import io.stackgen.manifest.ManifestReader;
import io.stackgen.support.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The upstream linea-stack chart's default output, as helm template renders it (issue 4, "must show" 3). */
class UpstreamLineaStackTest {
    private static final String FILE = "reference/renders/linea-stack/defaults.yaml";

    static List<Finding> lint(Rule rule, String file) throws IOException {
        String text = Files.readString(Fixtures.path(file));
        return RuleRunner.run(rule, LintSet.of(ManifestReader.read(file, text), "validators"));
    }

    @Test
    void budgetsThatBlockEveryDrainOfTheSingleMaruAndSequencer() throws IOException {
        List<Finding> budgets = lint(new DisruptionToleranceRule(), FILE).stream()
                .filter(f -> f.object().kind().equals("PodDisruptionBudget")).toList();

        assertThat(budgets).extracting(f -> f.object().name(), f -> f.path(), f -> f.position().line())
                .containsExactly(
                        tuple("linea-stack-rel-maru-pdb", "spec.minAvailable", 15),
                        tuple("linea-stack-rel-sequencer-pdb", "spec.minAvailable", 34));
        // maru (image consensys/maru) and the sequencer (Besu with --node-private-key-file) are signers.
        assertThat(budgets.get(0).message()).contains("minAvailable 1 with 1 replica of StatefulSet/linea-stack-rel-maru (a signer)");
        assertThat(budgets.get(1).message()).contains("StatefulSet/linea-stack-rel-sequencer (a signer)")
                .contains("force-deleting a signer's pod");
        assertThat(budgets).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(f.template()).endsWith("/pdb.yaml");
        });
    }

    @Test
    void labelKeyWrittenTwiceInTheTxSenderDeployment() throws IOException {
        List<Finding> findings = lint(new StrictSchemaRule(), FILE);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.object().toString()).isEqualTo("Deployment/validators/linea-stack-rel-tx-sender");
            assertThat(f.path()).isEqualTo("metadata.labels[\"app.kubernetes.io/name\"]");
            assertThat(f.position().line()).isEqualTo(920);
            assertThat(f.position().column()).isEqualTo(5);
            assertThat(f.message()).contains("first at line 916");
            assertThat(f.template()).isEqualTo("linea-stack/templates/tx-sender/deployment.yaml");
        });
    }
}
