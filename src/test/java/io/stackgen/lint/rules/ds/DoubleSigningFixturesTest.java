package io.stackgen.lint.rules.ds;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackgen.lint.Finding;
import io.stackgen.lint.LintSet;
import io.stackgen.lint.Rule;
import io.stackgen.lint.RuleCatalog;
import io.stackgen.lint.RuleRunner;
import io.stackgen.lint.Severity;
import io.stackgen.lint.model.Volumes;
import io.stackgen.manifest.ManifestObject;
import io.stackgen.manifest.ManifestReader;
import io.stackgen.support.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What RuleFixturesTest does not check for the DS fixtures: a marker may name the severity
 * ({@code # expect: DS02 high}) and the finding on that line must have it; every finding's message quotes the
 * signal that made the workload a signer (or, for DS13 and DS16, the key that matters) and none of the values of
 * the fixture's Secrets and ConfigMaps.
 */
class DoubleSigningFixturesTest {
    private static final Pattern MARKER = Pattern.compile("#.*\\bexpect:\\s*(DS\\d\\d)\\s+(info|low|medium|high|critical)\\b");

    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> files = Files.walk(Fixtures.path("lint"))) {
            return files.filter(p -> p.getParent().getFileName().toString().startsWith("DS"))
                    .filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void severitiesAndSignals(Path fixture) throws IOException {
        String ruleId = fixture.getParent().getFileName().toString();
        Rule rule = RuleCatalog.byId(ruleId).orElseThrow();
        String text = Files.readString(fixture);
        List<ManifestObject> objects = ManifestReader.read(fixture.getFileName().toString(), text);
        List<Finding> findings = RuleRunner.run(rule, LintSet.of(objects, "default"));
        List<String> secrets = secretValues(objects);

        Map<Integer, Severity> expected = new TreeMap<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = MARKER.matcher(lines.get(i));
            if (m.find() && m.group(1).equals(ruleId)) {
                expected.put(i + 1, Severity.valueOf(m.group(2).toUpperCase(Locale.ROOT)));
            }
        }
        for (Finding finding : findings) {
            Severity severity = expected.get(finding.position().line());
            if (severity != null) {
                assertThat(finding.severity()).as("severity at line %d: %s", finding.position().line(), finding)
                        .isEqualTo(severity);
            }
            assertThat(secrets).as("values of Secrets and ConfigMaps in %s", finding.message())
                    .noneMatch(secret -> finding.message().contains(secret));
            assertThat(finding.message()).as("the signal in %s", finding.message()).satisfiesAnyOf(
                    m -> assertThat(m).containsPattern("\\((signer|signer-sidecar): [^)]"),
                    m -> assertThat(ruleId).isEqualTo("DS13"),
                    m -> assertThat(ruleId).isEqualTo("DS16"));
        }
    }

    /** Every Secret and ConfigMap value of the fixture of 8 characters or more, as written and decoded. */
    private static List<String> secretValues(List<ManifestObject> objects) {
        List<String> values = new ArrayList<>();
        for (ManifestObject object : objects) {
            if (object.kind().equals("Secret") || object.kind().equals("ConfigMap")) {
                for (String key : Volumes.dataOf(object).keySet()) {
                    values.add(String.valueOf(Volumes.dataOf(object).get(key)).strip());
                    Volumes.text(object, key).ifPresent(v -> values.add(v.strip()));
                }
            }
        }
        values.removeIf(v -> v.length() < 8);
        return values;
    }
}
