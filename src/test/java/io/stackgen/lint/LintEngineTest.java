package io.stackgen.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackgen.manifest.ManifestObject;
import io.stackgen.manifest.ManifestReader;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LintEngineTest {
    private static final Clock CLOCK = Clock.systemUTC();

    @Test
    void ordersByInputFileThenLineColumnAndRuleWhateverTheRuleOrder() {
        List<ManifestObject> second = ManifestReader.read("b.yaml", """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: danger-cm
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: plain}
                """);
        List<ManifestObject> first = ManifestReader.read("z.yaml", """
                apiVersion: v1
                kind: Service
                metadata:
                  name: danger-svc
                """);
        LintSet set = LintSet.builder().add(first, "default").add(second, "default").build();
        List<Rule> reversed = new ArrayList<>(TestRules.all());
        java.util.Collections.reverse(reversed);

        LintResult result = new LintEngine(reversed, List.of(), CLOCK).lint(set);

        assertThat(result.findings()).extracting(f -> f.position() + " " + f.ruleId()).containsExactly(
                "z.yaml:4:3 TST01", "z.yaml:4:3 TST02",
                "b.yaml:4:3 TST01", "b.yaml:4:3 TST02",
                "b.yaml:8:12 TST01");
        assertThat(result.objects()).isEqualTo(3);
        assertThat(result.rules()).extracting(RuleMetadata::id).containsExactly("TST04", "TST03", "TST02", "TST01");
    }

    @Test
    void parallelRulesGiveTheSameResultEveryTime() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            text.append("---\napiVersion: v1\nkind: ").append(i % 2 == 0 ? "Service" : "ConfigMap")
                    .append("\nmetadata:\n  name: ").append(i % 3 == 0 ? "danger-" : "medium-").append(i).append('\n');
        }
        LintSet set = LintSet.of(ManifestReader.read("many.yaml", text.toString()), "default");
        LintEngine engine = new LintEngine(TestRules.all(), List.of(), CLOCK);

        LintResult first = engine.lint(set);

        assertThat(first.findings()).hasSize(600);
        for (int run = 0; run < 10; run++) {
            assertThat(engine.lint(set).findings()).isEqualTo(first.findings());
        }
    }

    @Test
    void setsAreLintedApartAndSharedFindingsKeptOnce() {
        List<ManifestObject> plain = ManifestReader.read("plain.yaml", "apiVersion: v1\nkind: Service\nmetadata: {name: s}\n");
        String chart = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: danger}\n";
        LintSet prod = LintSet.builder().add(plain, "default")
                .add(ManifestReader.read("chart[values: prod.yaml]", chart), "default").build();
        LintSet staging = LintSet.builder().add(plain, "default")
                .add(ManifestReader.read("chart[values: staging.yaml]", chart), "default").build();

        LintResult result = new LintEngine(List.of(new TestRules.ServiceOrConfigMap()), List.of(), CLOCK)
                .lint(List.of(prod, staging));

        assertThat(result.findings()).extracting(f -> f.position().file() + " " + f.message()).containsExactly(
                "plain.yaml Service s",
                "chart[values: prod.yaml] ConfigMap danger",
                "chart[values: staging.yaml] ConfigMap danger");
        assertThat(result.objects()).isEqualTo(3);
    }

    @Test
    void aFailingRuleIsNamedInTheError() {
        Rule broken = new Broken();
        LintSet set = LintSet.of(ManifestReader.read("a.yaml", "apiVersion: v1\nkind: Service\nmetadata: {name: s}\n"), "default");

        assertThatThrownBy(() -> new LintEngine(List.of(broken), List.of(), CLOCK).lint(set))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TST99").hasMessageContaining("Broken");
    }

    @LintRule(id = "TST99", title = "Broken", severity = Severity.LOW, family = Family.HYG, rationale = "r", fix = "f")
    static final class Broken implements Rule {
        @Override
        public void check(LintSet set, FindingSink findings) {
            throw new ArithmeticException("boom");
        }
    }
}
