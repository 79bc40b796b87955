package io.stackgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackgen.common.GeneratedSection;
import io.stackgen.lint.Rule;
import io.stackgen.lint.RuleCatalog;
import io.stackgen.support.CliRun;
import io.stackgen.support.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RulesCommandTest {
    private static final Path NO_DIR = Path.of(".");

    @Test
    void listsEveryRuleFromItsMetadata() {
        CliRun run = LintCli.in(NO_DIR).run("rules");

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(0);
        assertThat(run.out()).isEqualTo("""
                ID     SEVERITY  FAMILY  TITLE
                TST01  low       HYG     A Service or a ConfigMap
                TST02  high      DS      Named danger | pipe
                TST03  critical  SEC     Latest image
                TST04  medium    NET     Named medium
                """);
    }

    @Test
    void explainsOneRule() {
        CliRun run = LintCli.in(NO_DIR).run("rules", "tst01");

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(0);
        assertThat(run.out()).isEqualTo("""
                TST01: A Service or a ConfigMap

                severity: low
                family:   HYG (hygiene)

                Why:
                  Test rule: fires on every Service and ConfigMap.

                Fix:
                  Nothing to fix.

                References:
                  - https://example.com/tst01
                """);
    }

    @Test
    void anUnknownRuleIsAUsageError() {
        CliRun run = LintCli.in(NO_DIR).run("rules", "DS99");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: no rule 'DS99' ('stackgen rules' lists them)\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void printsTheMarkdownTable() {
        CliRun run = LintCli.in(NO_DIR).run("rules", "--markdown");

        assertThat(run.out()).isEqualTo("""
                | id | severity | family | title |
                | --- | --- | --- | --- |
                | TST01 | low | HYG | A Service or a ConfigMap |
                | TST02 | high | DS | Named danger \\| pipe |
                | TST03 | critical | SEC | Latest image |
                | TST04 | medium | NET | Named medium |
                """);
    }

    @Test
    void longTextIsWrappedAtWordsUnderOneHundredColumns() {
        String text = "word ".repeat(60).strip();

        String wrapped = RuleDocs.wrap(text, "  ");

        assertThat(wrapped.lines()).hasSizeGreaterThan(2).allSatisfy(l -> assertThat(l).hasSizeLessThanOrEqualTo(100).startsWith("  word"));
        assertThat(String.join(" ", wrapped.lines().map(String::strip).toList())).isEqualTo(text);
    }

    /** Regenerate with cli/update-docs. */
    @Test
    void theReadmeRuleTableIsGeneratedFromTheCatalogue() throws IOException {
        String readme = Files.readString(Fixtures.root().resolve("README.md"));
        String table = RuleDocs.markdown(RuleCatalog.all().stream().map(Rule::metadata).toList());

        assertThat(GeneratedSection.replace(readme, "rules-table", table))
                .as("README.md rule table between the rules-table markers, as 'stackgen rules --markdown' prints it")
                .contains(readme);
    }
}
