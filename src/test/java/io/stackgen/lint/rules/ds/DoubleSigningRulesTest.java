package io.stackgen.lint.rules.ds;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackgen.lint.Family;
import io.stackgen.lint.Rule;
import io.stackgen.lint.RuleMetadata;
import org.junit.jupiter.api.Test;

class DoubleSigningRulesTest {
    @Test
    void everyDsRuleOfTheCatalogueInIdOrder() {
        assertThat(DoubleSigningRules.all()).extracting(r -> r.metadata().id()).containsExactly("DS01", "DS02", "DS03",
                "DS04", "DS05", "DS06", "DS07", "DS08", "DS09", "DS10", "DS11", "DS13", "DS14", "DS15", "DS16");
        for (Rule rule : DoubleSigningRules.all()) {
            RuleMetadata metadata = rule.metadata();
            assertThat(metadata.family()).isEqualTo(Family.DS);
            assertThat(metadata.references()).as(metadata.id()).isNotEmpty()
                    .allSatisfy(reference -> assertThat(reference).startsWith("https://"));
        }
    }
}
