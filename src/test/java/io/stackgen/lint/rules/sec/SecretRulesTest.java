package io.stackgen.lint.rules.sec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.stackgen.lint.Finding;
import io.stackgen.lint.LintSet;
import io.stackgen.lint.Rule;
import io.stackgen.lint.RuleCatalog;
import io.stackgen.lint.RuleRunner;
import io.stackgen.lint.Severity;
import io.stackgen.manifest.ManifestReader;
import io.stackgen.support.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SecretRulesTest {
    @Test
    void registersTheSixRulesInIdOrder() {
        assertThat(SecretRules.all()).extracting(r -> r.metadata().id())
                .containsExactly("SEC01", "SEC02", "SEC03", "SEC04", "SEC05", "SEC06");
        assertThat(SecretRules.all()).allSatisfy(r -> assertThat(RuleCatalog.byId(r.metadata().id())).isPresent());
    }

    @Test
    void lineaStackReportsTheEthstatsSecretEverywhereItIsWritten() throws IOException {
        for (String render : List.of("defaults", "backup-and-secrets")) {
            List<Finding> findings = lint(Fixtures.path("reference/renders/linea-stack/" + render + ".yaml"));

            assertThat(findings).as(render)
                    .extracting(Finding::ruleId, f -> f.position().line(), f -> f.position().column(), f -> f.object().name(), Finding::path)
                    .containsExactly(
                            // env WS_SECRET: "12345" of the ethstats server
                            tuple("SEC02", 906, 15, "linea-stack-rel-ethstats", "spec.template.spec.containers[0].env[0].value"),
                            // --ethstats=ws://besu-node:12345@… on line 3 of besu's sh -c script
                            tuple("SEC05", 1086, 17, "linea-stack-rel-besu", "spec.template.spec.containers[0].command[2]"),
                            // "--ethstats=ws://sequencer-node:12345@…" in the sequencer's args
                            tuple("SEC05", 1328, 15, "linea-stack-rel-sequencer", "spec.template.spec.containers[0].args[0]"));
            assertThat(findings).extracting(Finding::severity).containsExactly(Severity.HIGH, Severity.CRITICAL, Severity.CRITICAL);
        }
    }

    @Test
    void upstreamLineraRendersHaveNoSecretFindings() throws IOException {
        // Their only secret field is the chart-made Secret's validator_secret, which the cases fill with "stub".
        List<Path> renders;
        try (Stream<Path> files = Files.walk(Fixtures.path("reference/renders"))) {
            renders = files.filter(p -> p.toString().endsWith(".yaml") && p.getParent().getFileName().toString().startsWith("linera-"))
                    .sorted().toList();
        }
        assertThat(renders).hasSize(9);
        for (Path render : renders) {
            assertThat(lint(render)).as(render.toString()).isEmpty();
        }
    }

    @Test
    void reportsKeysInsideAJsonBlockOnTheirOwnLine() {
        String text = """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: validator-config
                data:
                  server.json: |
                    {
                      "validator": {"host": "0.0.0.0"},
                      "validator_secret": "6ebe6bc34334877dee3f1bb76abe88963802a711e56e99ea293df1f82470ad17"
                    }
                """;

        List<Finding> findings = RuleRunner.run(new KeyMaterialInConfigMapRule(), LintSet.of(ManifestReader.read("cm.yaml", text), "default"));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.position().line()).isEqualTo(9);
            assertThat(f.position().column()).isEqualTo(7);
            assertThat(f.path()).isEqualTo("data[\"server.json\"]");
            assertThat(f.message()).isEqualTo("ConfigMap key \"server.json\" holds a Linera validator_secret "
                    + "(<redacted: 64 characters>) at validator_secret");
        });
    }

    @Test
    void theSameFileInTwoReleasesIsReportedInEachAtItsOwnPlace() {
        String configMap = """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: validator-config
                  namespace: %s
                data:
                  %s: |
                    {"validator_secret": "6ebe6bc34334877dee3f1bb76abe88963802a711e56e99ea293df1f82470ad17"}
                """;
        LintSet set = LintSet.builder()
                .add(ManifestReader.read("a.yaml", configMap.formatted("one", "server.json")), "one")
                .add(ManifestReader.read("b.yaml", "# moved down\n" + configMap.formatted("two", "server.json")), "two")
                .add(ManifestReader.read("c.yaml", configMap.formatted("three", "other.json")), "three")
                .build();

        List<Finding> findings = RuleRunner.run(new KeyMaterialInConfigMapRule(), set);

        assertThat(findings).extracting(f -> f.position().file(), f -> f.position().line(), f -> f.object().namespace(), Finding::path)
                .containsExactly(
                        tuple("a.yaml", 8, "one", "data[\"server.json\"]"),
                        tuple("b.yaml", 9, "two", "data[\"server.json\"]"),
                        tuple("c.yaml", 8, "three", "data[\"other.json\"]"));
    }

    @Test
    void severitiesFollowWhatWasFound() throws IOException {
        assertThat(severities("SEC01/fires-key-files.yaml", new KeyMaterialInConfigMapRule()))
                .containsExactly(Severity.CRITICAL, Severity.CRITICAL, Severity.CRITICAL, Severity.CRITICAL, Severity.CRITICAL,
                        Severity.CRITICAL, Severity.HIGH, Severity.CRITICAL, Severity.CRITICAL); // the keystore is encrypted
        assertThat(severities("SEC02/fires-literal-env.yaml", new LiteralEnvSecretRule()))
                .containsExactly(Severity.CRITICAL, Severity.HIGH, Severity.CRITICAL, Severity.CRITICAL, Severity.HIGH,
                        Severity.HIGH, Severity.HIGH, Severity.HIGH, Severity.HIGH);
        assertThat(severities("SEC04/fires-inline-secrets.yaml", new InlineSecretDataRule()))
                .containsExactly(Severity.HIGH, Severity.HIGH, Severity.HIGH, Severity.MEDIUM, Severity.MEDIUM);
        assertThat(severities("SEC06/fires-dev-keys-on-real-chains.yaml", new WellKnownDevKeyRule())).containsOnly(Severity.HIGH);
        assertThat(severities("SEC06/fires-dev-chain-info.yaml", new WellKnownDevKeyRule())).containsOnly(Severity.INFO);
    }

    private static List<Severity> severities(String fixture, Rule rule) throws IOException {
        Path file = Fixtures.path("lint/" + fixture);
        return RuleRunner.run(rule, LintSet.of(ManifestReader.read(fixture, Files.readString(file)), "default"))
                .stream().map(Finding::severity).toList();
    }

    private static List<Finding> lint(Path file) throws IOException {
        LintSet set = LintSet.of(ManifestReader.read(file.getFileName().toString(), Files.readString(file)), "validators");
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : SecretRules.all()) {
            findings.addAll(RuleRunner.run(rule, set));
        }
        return findings;
    }
}
