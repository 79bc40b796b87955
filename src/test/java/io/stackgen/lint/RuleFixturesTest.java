package io.stackgen.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackgen.manifest.ManifestReader;
import io.stackgen.support.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule against its fixtures in {@code test-fixtures/lint/<RULE>/}: each {@code fires-*.yaml} must give
 * findings of that rule exactly on the lines marked {@code # expect: <RULE>}; each {@code passes-*.yaml} must
 * give none. Every rule needs at least one of each.
 */
class RuleFixturesTest {
    private static final Path FIXTURES = Fixtures.root().resolve("test-fixtures/lint");

    static Stream<Arguments> fixtures() throws IOException {
        try (Stream<Path> files = Files.walk(FIXTURES)) {
            return files.filter(p -> p.getFileName().toString().matches("(fires|passes)-.*\\.yaml"))
                    .sorted()
                    .map(p -> Arguments.of(p.getParent().getFileName() + "/" + p.getFileName(), p))
                    .toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("fixtures")
    void ruleFindsExactlyTheMarkedLines(String name, Path fixture) throws IOException {
        String ruleId = fixture.getParent().getFileName().toString();
        Rule rule = RuleCatalog.byId(ruleId).orElseThrow(() -> new AssertionError("no rule " + ruleId + " for " + name));
        String text = Files.readString(fixture);

        List<Finding> findings = RuleRunner.run(rule, LintSet.of(ManifestReader.read(name, text), "default"));

        Set<Integer> found = new TreeSet<>(findings.stream().map(f -> f.position().line()).toList());
        assertThat(found).as("lines of %s findings in %s: %s", ruleId, name, findings).isEqualTo(expectedLines(ruleId, text));
        if (fixture.getFileName().toString().startsWith("fires-")) {
            assertThat(found).as("a fires- fixture must expect at least one finding").isNotEmpty();
        }
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo(rule.metadata().id());
            assertThat(f.message()).isNotBlank();
        });
    }

    @Test
    void everyRuleHasFixturesThatFireAndThatPass() {
        for (Rule rule : RuleCatalog.all()) {
            Path dir = FIXTURES.resolve(rule.metadata().id());
            assertThat(list(dir, "fires-")).as("fires-*.yaml for " + rule.metadata().id()).isNotEmpty();
            assertThat(list(dir, "passes-")).as("passes-*.yaml for " + rule.metadata().id()).isNotEmpty();
        }
    }

    private static Set<Integer> expectedLines(String ruleId, String text) {
        Pattern marker = Pattern.compile("#.*\\bexpect:[^#]*\\b" + Pattern.quote(ruleId) + "\\b");
        Set<Integer> lines = new TreeSet<>();
        List<String> all = text.lines().toList();
        for (int i = 0; i < all.size(); i++) {
            Matcher m = marker.matcher(all.get(i));
            if (m.find()) {
                lines.add(i + 1);
            }
        }
        return lines;
    }

    private static List<Path> list(Path dir, String prefix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
