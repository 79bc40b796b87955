package io.stackgen.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackgen.support.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Documents are cut where Helm's separator pattern cuts them. */
class ManifestSplitterTest {
    /** Helm's releaseutil separator, the oracle. */
    private static final Pattern HELM = Pattern.compile("(?:^|\\s*\\n)---\\s*");

    private static List<String> helm(String text) {
        return Arrays.stream(HELM.split(text)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> ours(String text) {
        return ManifestSplitter.chunks(text).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    @Test
    void cutsWhereHelmsPatternCuts() {
        List<String> texts = List.of(
                "---\na: 1\n---\nb: 2\n",
                "a: 1\n---\nb: 2",
                "a: 1\n  ---\nb: 2\n",
                "a: 1\n--- # comment\nb: 2\n",
                "a: 1\n---b: 2\n",
                "a: 1\n---\n---\nb: 2\n",
                "a: 1\n---\n\n   \n---\nb: 2\n---",
                "a: 1   \n\t\n---   \r\nb: 2\r\n---\r\nc: 3",
                "---",
                "------\na: 1",
                "a: |\n  text\n  ---\n  more\n---\nb: 2",
                "a: 1\n---\u000B---\nb: 2");
        for (String text : texts) {
            assertThat(ours(text)).as(text).isEqualTo(helm(text));
        }
    }

    @Test
    void cutsTheReferenceRendersAsHelmDoes() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Fixtures.path("reference/renders"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                texts.add(Files.readString(file));
            }
        }
        assertThat(texts).isNotEmpty();
        for (String text : texts) {
            assertThat(ours(text)).isEqualTo(helm(text)).hasSizeGreaterThan(3);
        }
    }
}
