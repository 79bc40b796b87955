package io.stackgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackgen.manifest.ManifestDocument;
import io.stackgen.manifest.ManifestObject;
import io.stackgen.manifest.ManifestReader;
import io.stackgen.manifest.ManifestSplitter;
import io.stackgen.support.Fixtures;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A linter given rendered documents ({@link ManifestFormatter#objects}) sees exactly what it would read from the
 * printed render ({@link ManifestReader}): objects, templates, document numbers and the position of every field.
 */
class RenderedObjectsTest {
    static List<Path> examples() throws IOException {
        return Fixtures.chartExamples();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyChartExampleReadsAsItsPrintedRender(Path example) {
        String chart = example.getParent().getParent().getFileName().toString();
        List<String> files = new ArrayList<>();
        Path minimal = example.resolveSibling("minimal.yaml");
        if (!example.equals(minimal) && Files.exists(minimal)) {
            files.add(minimal.toString());
        }
        files.add(example.toString());
        RenderRequest request = new RenderRequest(chart, "example", "validators", "1.31.0", List.of(),
                ValuesOptions.of(files, new SetOptions()), List.of(), true, Duration.ofSeconds(30));
        List<ManifestDocument> documents = ReleasePipeline.run(request, new PrintWriter(Writer.nullWriter())).documents();

        assertSameAsPrinted("example[" + chart + "]", documents);
    }

    @Test
    void documentsWithCarriageReturnsBlockScalarsAndCommentsKeepTheirPositions() {
        List<ManifestDocument> documents = new ArrayList<>();
        documents.addAll(ManifestSplitter.split("c/templates/a.yaml", "a", "# head\napiVersion: v1\nkind: ConfigMap\r\n"
                + "metadata:\n  name: a # trailing\n\ndata:\n  script: |\n    line one\n\n    line three\n  other: x\n"));
        documents.addAll(ManifestSplitter.split("c/templates/b.yaml", "b", "apiVersion: v1\rkind: Service\r\nmetadata:\r"
                + "  name: b\nspec:\n  ports:\n  - port: 1\n    name: p\n---\napiVersion: v1\nkind: Secret\nmetadata: {name: s}\n"));

        assertSameAsPrinted("set", documents);
    }

    @Test
    void aListKindIsLeftToTheReaderWhichUnpacksIt() {
        List<ManifestDocument> documents = ManifestSplitter.split("c/templates/list.yaml", "list",
                "apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n  metadata:\n    name: one\n");

        List<ManifestObject> objects = ManifestFormatter.objects("set", documents);

        assertThat(objects).extracting(ManifestObject::kind).containsExactly("ConfigMap");
        assertSameAsPrinted("set", documents);
    }

    private static void assertSameAsPrinted(String file, List<ManifestDocument> documents) {
        List<ManifestObject> expected = ManifestReader.read(file, ManifestFormatter.format(documents));
        List<ManifestObject> actual = ManifestFormatter.objects(file, documents);

        assertThat(actual).hasSameSizeAs(expected).isNotEmpty();
        for (int i = 0; i < expected.size(); i++) {
            ManifestObject want = expected.get(i);
            ManifestObject got = actual.get(i);
            String what = want.describe();
            assertThat(got.file()).as(what).isEqualTo(want.file());
            assertThat(got.template()).as(what).isEqualTo(want.template());
            assertThat(got.document()).as(what).isEqualTo(want.document());
            assertThat(got.data()).as(what).isEqualTo(want.data());
            assertThat(got.duplicates()).as(what).isEqualTo(want.duplicates());
            assertThat(got.position()).as(what).isEqualTo(want.position());
            for (List<Object> path : paths(want.data(), new ArrayList<>(), new ArrayList<>())) {
                assertThat(got.positionOf(path)).as(what + " " + path).isEqualTo(want.positionOf(path));
                assertThat(got.positionWithin(path, 1)).as(what + " " + path).isEqualTo(want.positionWithin(path, 1));
            }
        }
    }

    /** Every path to a map entry or list item in {@code value}. */
    private static List<List<Object>> paths(Object value, List<Object> at, List<List<Object>> into) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(String.valueOf(k), v, at, into));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(i, list.get(i), at, into);
            }
        }
        return into;
    }

    private static void walk(Object step, Object value, List<Object> at, List<List<Object>> into) {
        at.add(step);
        into.add(List.copyOf(at));
        paths(value, at, into);
        at.remove(at.size() - 1);
    }
}
