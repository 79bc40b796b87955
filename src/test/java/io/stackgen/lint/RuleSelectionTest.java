package io.stackgen.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackgen.common.InputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSelectionTest {
    private static final List<Rule> CATALOGUE = TestRules.all();

    private static List<String> ids(RuleSelection selection) {
        return selection.enabled().stream().map(r -> r.metadata().id()).toList();
    }

    @Test
    void everyRuleByDefault() {
        assertThat(ids(RuleSelection.of(CATALOGUE, List.of(), List.of()))).containsExactly("TST01", "TST02", "TST03", "TST04");
    }

    @Test
    void enableNarrowsToRulesAndFamiliesInCatalogueOrder() {
        assertThat(ids(RuleSelection.of(CATALOGUE, List.of("tst03", "DS"), List.of()))).containsExactly("TST02", "TST03");
    }

    @Test
    void disableRemovesAFamilyAndWinsOverEnable() {
        assertThat(ids(RuleSelection.of(CATALOGUE, List.of(), List.of("HYG")))).containsExactly("TST02", "TST03", "TST04");
        assertThat(ids(RuleSelection.of(CATALOGUE, List.of("TST01", "TST02"), List.of("TST02")))).containsExactly("TST01");
    }

    @Test
    void aFamilyWithoutRulesYetIsStillAName() {
        assertThat(ids(RuleSelection.of(List.of(new TestRules.ServiceOrConfigMap()), List.of(), List.of("NET"))))
                .containsExactly("TST01");
    }

    @Test
    void unknownNamesAndEmptySelectionsAreUsageErrors() {
        assertThatThrownBy(() -> RuleSelection.of(CATALOGUE, List.of(), List.of("XX01")))
                .isInstanceOf(InputException.class)
                .hasMessage("--disable XX01: no such rule or family (families: DS, SEC, NET, HYG; 'stackgen rules' lists the rules)");
        assertThatThrownBy(() -> RuleSelection.of(CATALOGUE, List.of("DS9"), List.of()))
                .isInstanceOf(InputException.class).hasMessageStartingWith("--enable DS9: no such rule or family");
        assertThatThrownBy(() -> RuleSelection.of(CATALOGUE, List.of("DS"), List.of("TST02")))
                .isInstanceOf(InputException.class).hasMessage("--enable/--disable leave no rule to run");
    }
}
