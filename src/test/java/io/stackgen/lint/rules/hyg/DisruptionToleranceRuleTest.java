package io.stackgen.lint.rules.hyg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.stackgen.lint.Finding;
import io.stackgen.lint.Severity;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisruptionToleranceRuleTest {

    @Test
    void aBlockingBudgetOnASignerSaysWhyForceDeletingIsNoWayOut() throws IOException {
        List<Finding> findings = UpstreamLineaStackTest.lint(new DisruptionToleranceRule(), "lint/HYG07/fires-blocking-budget.yaml");

        assertThat(findings).filteredOn(f -> f.object().name().equals("maru-pdb")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("StatefulSet/maru (a signer)").contains("force-deleting"));
        assertThat(findings).filteredOn(f -> f.object().name().equals("sequencer-pdb")).singleElement()
                .satisfies(f -> assertThat(f.message()).doesNotContain("signer"));
    }

    @Test
    void unspreadReplicasAreMediumWhenNothingProtectsThemAndLowWhenOneThingDoes() throws IOException {
        List<Finding> findings = UpstreamLineaStackTest.lint(new DisruptionToleranceRule(), "lint/HYG07/fires-unspread-replicas.yaml");

        assertThat(findings).extracting(f -> f.object().name(), Finding::severity)
                .containsExactly(tuple("proxy", Severity.MEDIUM),
                        tuple("besu", Severity.LOW));
        assertThat(findings.get(1).message()).contains("up to 3 replicas");
    }
}
