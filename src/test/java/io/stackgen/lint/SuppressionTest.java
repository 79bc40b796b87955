package io.stackgen.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackgen.manifest.ManifestReader;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuppressionTest {
    private static final LocalDate EXPIRY = LocalDate.of(2025, 6, 30);

    private static Clock on(LocalDate day) {
        return Clock.fixed(day.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    private static LintResult lint(String text, List<Rule> rules, List<Suppression> suppressions, LocalDate today) {
        return new LintEngine(RuleSelection.of(TestRules.all(), rules.stream().map(r -> r.metadata().id()).toList(), List.of()),
                suppressions, on(today)).lint(LintSet.of(ManifestReader.read("m.yaml", text), "apps"));
    }

    private static LintResult lint(String text, List<Suppression> suppressions, LocalDate today) {
        return lint(text, TestRules.all(), suppressions, today);
    }

    private static Suppression entry(String rule, ObjectSelector selector, Optional<LocalDate> expires) {
        return new Suppression(rule, selector, "accepted for the test", expires, ".stackgen.yaml:3:5");
    }

    private static ObjectSelector select(String kind, String namespace, String name) {
        return new ObjectSelector(Optional.ofNullable(kind).map(Glob::of), Optional.ofNullable(namespace).map(Glob::of),
                Optional.ofNullable(name).map(Glob::of));
    }

    @Test
    void anAnnotationWithAReasonSuppressesItsRuleOnItsObject() {
        LintResult result = lint("""
                apiVersion: v1
                kind: Service
                metadata:
                  name: danger
                  annotations:
                    lint.stackgen.io/ignore.TST02: "reviewed: the name is historical"
                """, List.of(), EXPIRY);

        assertThat(result.findings()).extracting(Finding::ruleId).containsExactly("TST01");
        assertThat(result.suppressed()).singleElement().satisfies(s -> {
            assertThat(s.finding().ruleId()).isEqualTo("TST02");
            assertThat(s.reason()).isEqualTo("reviewed: the name is historical");
            assertThat(s.suppressedBy()).isEqualTo("annotation lint.stackgen.io/ignore.TST02 (m.yaml:6:5)");
        });
        assertThat(result.notices()).isEmpty();
    }

    @Test
    void aPodTemplateAnnotationSuppressesFindingsOnTheWorkload() {
        LintResult result = lint("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec:
                  template:
                    metadata:
                      annotations:
                        lint.stackgen.io/ignore.TST03: "dev cluster only"
                    spec:
                      containers:
                        - name: web
                          image: nginx:latest
                """, List.of(), EXPIRY);

        assertThat(result.findings()).isEmpty();
        assertThat(result.suppressed()).extracting(s -> s.finding().ruleId() + " " + s.suppressedBy())
                .containsExactly("TST03 annotation lint.stackgen.io/ignore.TST03 (m.yaml:8:9)");
    }

    @Test
    void annotationsWithoutReasonNamingNoRuleOrMatchingNothingAreNoticed() {
        LintResult result = lint("""
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: danger
                  annotations:
                    lint.stackgen.io/ignore.TST02: ""
                    lint.stackgen.io/ignore.XX01: "typo"
                    lint.stackgen.io/ignore.TST04: "nothing to silence"
                """, List.of(), EXPIRY);

        assertThat(result.findings()).extracting(Finding::ruleId).containsExactly("TST01", "TST02");
        assertThat(result.suppressed()).isEmpty();
        assertThat(result.notices()).extracting(n -> n.where() + ": " + n.message()).containsExactly(
                "m.yaml:6:5: annotation lint.stackgen.io/ignore.TST02 on ConfigMap/apps/danger has no reason, so it "
                        + "suppresses nothing; write why the finding is accepted",
                "m.yaml:7:5: annotation lint.stackgen.io/ignore.XX01 on ConfigMap/apps/danger names no rule stackgen knows",
                "m.yaml:8:5: annotation lint.stackgen.io/ignore.TST04 on ConfigMap/apps/danger matched no finding; remove it");
    }

    @Test
    void anAnnotationForADisabledRuleIsNotCalledUnused() {
        LintResult result = lint("""
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: danger
                  annotations:
                    lint.stackgen.io/ignore.TST02: "accepted"
                """, List.of(new TestRules.ServiceOrConfigMap()), List.of(), EXPIRY);

        assertThat(result.findings()).extracting(Finding::ruleId).containsExactly("TST01");
        assertThat(result.notices()).isEmpty();
    }

    @Test
    void aConfiguredEntryMatchesKindNamespaceAndNameGlobs() {
        String text = """
                apiVersion: v1
                kind: Service
                metadata: {name: ethstats-a}
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: ethstats-b, namespace: other}
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: ethstats-c}
                """;

        LintResult result = lint(text, List.of(entry("TST01", select("Serv*", "apps", "ethstats-?"), Optional.empty())), EXPIRY);

        assertThat(result.suppressed()).extracting(s -> s.finding().object().toString() + " by " + s.suppressedBy())
                .containsExactly("Service/apps/ethstats-a by .stackgen.yaml:3:5");
        assertThat(result.findings()).extracting(f -> f.object().toString())
                .containsExactly("Service/other/ethstats-b", "ConfigMap/apps/ethstats-c");
        assertThat(result.notices()).isEmpty();
    }

    @Test
    void anEntryAppliesThroughItsExpiryDayAndIsReportedAfter() {
        String text = "apiVersion: v1\nkind: Service\nmetadata: {name: s}\n";
        List<Suppression> entries = List.of(entry("TST01", select("Service", null, null), Optional.of(EXPIRY)));

        LintResult onTheDay = lint(text, entries, EXPIRY);
        LintResult dayAfter = lint(text, entries, EXPIRY.plusDays(1));

        assertThat(onTheDay.findings()).isEmpty();
        assertThat(onTheDay.suppressed()).hasSize(1);
        assertThat(onTheDay.notices()).isEmpty();
        assertThat(dayAfter.findings()).extracting(Finding::ruleId).containsExactly("TST01");
        assertThat(dayAfter.suppressed()).isEmpty();
        assertThat(dayAfter.notices()).extracting(n -> n.where() + ": " + n.message()).containsExactly(
                ".stackgen.yaml:3:5: suppression of TST01 for kind=Service expired on 2025-06-30 and no longer applies");
    }

    @Test
    void unusedAndUnknownEntriesAreNoticedButNotThoseOfDisabledRules() {
        String text = "apiVersion: v1\nkind: Service\nmetadata: {name: s}\n";
        List<Suppression> entries = List.of(
                entry("TST01", select(null, null, "nothing-*"), Optional.empty()),
                entry("TST09", select(null, null, "s"), Optional.empty()),
                entry("TST02", select(null, null, "s"), Optional.empty()));

        LintResult result = lint(text, List.of(new TestRules.ServiceOrConfigMap()), entries, EXPIRY);

        assertThat(result.findings()).hasSize(1);
        assertThat(result.notices()).extracting(LintResult.Notice::message).containsExactly(
                "suppression of TST01 for name=nothing-* matched no finding; remove it",
                "suppression of TST09 for name=s names no rule stackgen knows");
    }

    @Test
    void globsAreLiteralApartFromStarAndQuestionMark() {
        assertThat(Glob.of("a.b*").matches("a.bcd")).isTrue();
        assertThat(Glob.of("a.b*").matches("axbcd")).isFalse();
        assertThat(Glob.of("shard-?").matches("shard-1")).isTrue();
        assertThat(Glob.of("shard-?").matches("shard-10")).isFalse();
        assertThat(Glob.of("[x]").matches("[x]")).isTrue();
    }
}
