package io.stackgen.lint.rules.sec;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackgen.lint.Finding;
import io.stackgen.lint.LintSet;
import io.stackgen.lint.Rule;
import io.stackgen.lint.RuleRunner;
import io.stackgen.manifest.ManifestReader;
import io.stackgen.support.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Findings never carry a secret: every SEC rule runs over every SEC fixture, and no finding's message or path may
 * contain a secret planted there (listed in the fixture's {@code # planted:} comments) or any 8-character piece of it.
 */
class SecretRedactionTest {
    private static final String PLANTED = "# planted: ";
    private static final int PIECE = 8;
    private static final Pattern BASE64_WORD = Pattern.compile("[A-Za-z0-9+/]{8,}={0,2}");

    static Stream<Path> fixturesWithPlantedSecrets() throws IOException {
        try (Stream<Path> files = Files.walk(Fixtures.path("lint"))) {
            return files.filter(p -> p.getParent().getFileName().toString().startsWith("SEC"))
                    .filter(p -> p.getFileName().toString().startsWith("fires-"))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("fixturesWithPlantedSecrets")
    void noFindingShowsAPlantedSecret(Path fixture) throws IOException {
        String text = Files.readString(fixture);
        List<String> planted = text.lines().filter(l -> l.startsWith(PLANTED)).map(l -> l.substring(PLANTED.length()).strip()).toList();
        assertThat(planted).as("planted secrets in " + fixture).isNotEmpty();
        String body = withDecodedBase64(String.join("\n", text.lines().filter(l -> !l.startsWith(PLANTED)).toList()));
        assertThat(planted).allSatisfy(secret -> assertThat(body).as("planted secret is used").contains(secret));

        LintSet set = LintSet.of(ManifestReader.read(fixture.toString(), text), "default");
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : SecretRules.all()) {
            findings.addAll(RuleRunner.run(rule, set));
        }

        assertThat(findings).isNotEmpty();
        for (Finding finding : findings) {
            String shown = finding.message() + "\n" + finding.path() + "\n" + finding.fix();
            for (String secret : planted) {
                for (String piece : pieces(secret)) {
                    assertThat(shown).as("%s finding at %s", finding.ruleId(), finding.position()).doesNotContain(piece);
                }
            }
        }
    }

    /** The text followed by what its base64 words decode to, so secrets planted in Secret.data count as used. */
    private static String withDecodedBase64(String text) {
        StringBuilder out = new StringBuilder(text);
        Matcher word = BASE64_WORD.matcher(text);
        while (word.find()) {
            try {
                out.append('\n').append(new String(Base64.getDecoder().decode(word.group()), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException notBase64) {
                // an ordinary word
            }
        }
        return out.toString();
    }

    /** The secret itself when short, else every 8-character piece of it. */
    private static List<String> pieces(String secret) {
        if (secret.length() <= PIECE) {
            return List.of(secret);
        }
        List<String> pieces = new ArrayList<>();
        for (int i = 0; i + PIECE <= secret.length(); i++) {
            pieces.add(secret.substring(i, i + PIECE));
        }
        return pieces;
    }
}
