package io.stackgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackgen.lint.Family;
import io.stackgen.lint.FindingSink;
import io.stackgen.lint.LintRule;
import io.stackgen.lint.LintSet;
import io.stackgen.lint.Rule;
import io.stackgen.lint.Severity;
import io.stackgen.lint.TestRules;
import io.stackgen.manifest.ManifestObject;
import io.stackgen.support.CliRun;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stackgen lint --fleet}: the selected releases rendered and linted as one set. */
class FleetLintTest {
    private static final Pattern FINDING = Pattern.compile("finding (\\S+) \\S+ (\\S+)\\[(\\S+)]:(\\d+):(\\d+) (\\S+) .*");

    @TempDir
    Path tmp;

    private Path fleet;

    @BeforeEach
    void writeFleet() {
        fleet = FleetFixture.write(tmp.resolve("fleet"));
    }

    /**
     * Test rule: a Service whose name a Service in another namespace also has, a stand-in for the rules across
     * releases (one key in two places) that only a set holding every release can see.
     */
    @LintRule(id = "TST90", title = "One Service name in two namespaces", severity = Severity.HIGH, family = Family.DS,
            rationale = "Test rule.", fix = "Nothing to fix.")
    static final class ServiceNameInTwoNamespaces implements Rule {
        @Override
        public void check(LintSet set, FindingSink findings) {
            Map<String, Set<String>> namespaces = set.ofKind("Service").stream().collect(Collectors.groupingBy(
                    ManifestObject::name, Collectors.mapping(set::namespaceOf, Collectors.toSet())));
            for (ManifestObject service : set.ofKind("Service")) {
                if (namespaces.get(service.name()).size() > 1) {
                    findings.report(service, List.of("metadata", "name"), "also in another namespace");
                }
            }
        }
    }

    private CliRun lint(List<Rule> rules, String... args) {
        return new LintCli(LintCli.TODAY, tmp, rules).run(args);
    }

    @Test
    void crossReleaseRulesSeeEveryReleaseAndNamespace() {
        CliRun run = lint(List.of(new ServiceNameInTwoNamespaces()), "lint", "--fleet", fleet.toString(), "--only", "eu-1,us-1");

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(1);
        List<String> findings = run.out().lines().filter(l -> l.startsWith("finding ")).toList();
        assertThat(findings).isNotEmpty()
                .allMatch(l -> l.startsWith("finding TST90 high "))
                .anyMatch(l -> l.contains(" eu-1[linera-validator]:") && l.contains(" Service/validators/"))
                .anyMatch(l -> l.contains(" us-1[linera-validator]:") && l.contains(" Service/us/"));
        assertThat(run.err()).isEmpty();
    }

    @Test
    void oneReleaseAloneHasNoOneToCollideWith() {
        CliRun run = lint(List.of(new ServiceNameInTwoNamespaces()), "lint", "--fleet", fleet.toString(), "--only", "eu-1");

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out()).doesNotContain("finding ").contains("rules TST90");
    }

    @Test
    void findingsPointAtTheLineOfTheReleasesOwnRender() {
        CliRun run = lint(TestRules.all(), "lint", "--fleet", fleet.toString(), "--enable", "TST01");
        CliRun linea = CliRun.of(FleetFixture.release("linea-1").renderArgs(fleet.getParent()).toArray(String[]::new));

        assertThat(run.exitCode()).as(run.describe()).isZero();
        List<Matcher> findings = run.out().lines().map(FINDING::matcher).filter(Matcher::matches).toList();
        assertThat(findings.stream().map(m -> m.group(2)).distinct())
                .containsExactly("eu-1", "eu-2", "us-1", "stack-1", "exporter-1", "linea-1", "linea-2");
        List<String> lineaLines = linea.out().lines().toList();
        List<Matcher> lineaFindings = findings.stream().filter(m -> m.group(2).equals("linea-1")).toList();
        assertThat(lineaFindings).isNotEmpty().allSatisfy(m -> {
            assertThat(m.group(3)).isEqualTo("linea-stack");
            String kindAndName = m.group(6);
            String name = kindAndName.substring(kindAndName.lastIndexOf('/') + 1);
            assertThat(kindAndName).startsWith(kindAndName.startsWith("Service/") ? "Service/linea/" : "ConfigMap/linea/");
            assertThat(lineaLines.get(Integer.parseInt(m.group(4)) - 1)).isEqualTo("  name: " + name);
        });
    }

    @Test
    void singleReleaseOptionsAndFleetDoNotMix() {
        CliRun run = lint(TestRules.all(), "lint", "--fleet", fleet.toString(), "-f", "x.yaml", "--release", "r");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: --fleet renders the releases of " + fleet
                + "; -f, --release describe a single release: put it in the fleet file instead\n");
    }

    @Test
    void aFailingReleaseFailsLintNamingTheRelease() throws java.io.IOException {
        java.nio.file.Files.writeString(fleet, java.nio.file.Files.readString(fleet)
                .replace("set: ['shards.replicas=3']", "set: ['shards.replicas=0']"));

        CliRun run = lint(TestRules.all(), "lint", "--fleet", fleet.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("error: eu-1: --set shards.replicas=...: shards.replicas:").hasLineCount(1);
    }

    @Test
    void renderWithLintWritesWhatRenderWritesAndReportsWhatLintReports() {
        List<Rule> rules = List.of(new ServiceNameInTwoNamespaces());
        Path combinedOut = tmp.resolve("combined");
        Path renderOut = tmp.resolve("render");

        CliRun combined = lint(rules, "render", "--fleet", fleet.toString(), "-o", combinedOut.toString(), "--lint",
                "--only", "eu-1,us-1,linea-1");
        CliRun render = lint(rules, "render", "--fleet", fleet.toString(), "-o", renderOut.toString(), "--only", "eu-1,us-1,linea-1");
        CliRun lint = lint(rules, "lint", "--fleet", fleet.toString(), "--only", "eu-1,us-1,linea-1");

        assertThat(lint.exitCode()).as(lint.describe()).isEqualTo(1);
        assertThat(combined.exitCode()).as(combined.describe()).isEqualTo(1);
        assertThat(combined.out()).isEqualTo(lint.out()).contains("finding TST90 high ");
        assertThat(combined.err()).matches("rendered 3 releases \\([\\d,]+ objects\\) in \\d+\\.\\d s\\n");
        assertThat(render.exitCode()).as(render.describe()).isZero();
        Map<String, byte[]> expected = FleetRenderTest.files(renderOut);
        Map<String, byte[]> actual = FleetRenderTest.files(combinedOut);
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet()).isNotEmpty();
        expected.forEach((file, bytes) -> assertThat(actual.get(file)).as(file).isEqualTo(bytes));
    }

    @Test
    void renderWithLintExitsZeroBelowFailOnAndWritesReportFiles() throws java.io.IOException {
        Path report = tmp.resolve("lint.txt");
        CliRun run = lint(List.of(new ServiceNameInTwoNamespaces()), "render", "--fleet", fleet.toString(),
                "-o", tmp.resolve("out").toString(), "--lint", "--fail-on", "critical", "--format", "other=" + report,
                "--only", "eu-1,us-1");

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(java.nio.file.Files.readString(report)).startsWith("report other").contains("finding TST90 high ");
        assertThat(run.err()).contains("stackgen lint: ").contains(" finding(s)");
    }

    @Test
    void lintOptionsOfRenderNeedLintAFleetAndAnOutputFolder() {
        CliRun noFleet = lint(TestRules.all(), "render", "linera-validator", "--lint");
        CliRun noOutput = lint(TestRules.all(), "render", "--fleet", fleet.toString(), "--lint");
        CliRun noLint = lint(TestRules.all(), "render", "--fleet", fleet.toString(), "-o", tmp.resolve("o").toString(),
                "--fail-on", "low");

        assertThat(noFleet.exitCode()).isEqualTo(2);
        assertThat(noFleet.err()).startsWith("error: --lint needs --fleet FILE");
        assertThat(noOutput.exitCode()).isEqualTo(2);
        assertThat(noOutput.err()).startsWith("error: --lint needs --output-dir DIR");
        assertThat(noLint.exitCode()).isEqualTo(2);
        assertThat(noLint.err()).isEqualTo("error: --fail-on needs --lint\n");
        assertThat(tmp.resolve("o")).doesNotExist();
    }

    @Test
    void badLintOptionsFailRenderWithLintBeforeAnythingIsWritten() {
        CliRun run = lint(TestRules.all(), "render", "--fleet", fleet.toString(), "-o", tmp.resolve("o").toString(),
                "--lint", "--format", "nope");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: --format nope: unknown format 'nope'").hasLineCount(1);
        assertThat(tmp.resolve("o")).doesNotExist();
    }
}
