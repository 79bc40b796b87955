package io.stackgen.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackgen.common.InputException;
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
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Documents are cut where Helm's separator pattern cuts them, and read as snakeyaml's constructor reads them. */
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

    @Test
    void readsADocumentAsSnakeyamlsConstructorDoes() {
        String doc = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  labels: &l {x: '1', y: 2}\ndata:\n"
                + "  n: 1.5\n  b: true\n  z: null\n  l: *l\n  list: [1, '2', {k: v}, !!str 3]\n  1: one\n  '2': two\n";

        Object read = ManifestSplitter.split("c/templates/a.yaml", "a.yaml.j2", doc).get(0).object();

        assertThat(read).isEqualTo(new Load(LoadSettings.builder().build()).loadFromString(doc));
    }

    @Test
    void aKeyWrittenTwiceInARenderedDocumentIsAnError() {
        String doc = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  labels: {x: '1', x: '2'}\n";

        assertThatThrownBy(() -> ManifestSplitter.split("c/templates/a.yaml", "a.yaml.j2", doc))
                .isInstanceOf(InputException.class)
                .hasMessage("a.yaml.j2: document 1 is not valid YAML (line 5): found duplicate key x (while constructing a mapping)");
    }
}
