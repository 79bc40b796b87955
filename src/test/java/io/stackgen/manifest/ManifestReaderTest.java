package io.stackgen.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackgen.common.InputException;
import io.stackgen.support.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestReaderTest {
    @Test
    void emptiesLinesOfOnlySpacesAndTabsAsTheMultiLineRegexWould() {
        java.util.Random random = new java.util.Random(7);
        java.util.regex.Pattern blankLine = java.util.regex.Pattern.compile("(?m)^[ \\t]+$");
        char[] alphabet = {' ', ' ', '\t', '\n', '\n', 'a', '#', '\r'};
        for (int n = 0; n < 2_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String lfOnly = text.toString().replace("\r", "\r\n");
            assertThat(ManifestReader.withBlankLinesEmptied(lfOnly)).as("%s", lfOnly.replace("\n", "\\n"))
                    .isEqualTo(blankLine.matcher(lfOnly).replaceAll(""));
        }
    }

    @Test
    void readsBlockScalarsWhoseBlankFirstLinesCarryMoreSpacesAsHelmDoesOnlyWhereNeeded() {
        // go-yaml takes the first; snakeyaml refuses it ("leading empty lines contain more spaces ...").
        String helmStyle = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: helm-style\ndata:\n  run.sh: |\n      \n    echo hi\n";
        String spaced = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: spaced\ndata:\n  keep: |\n    a\n      \n    b\n";
        String text = spaced + "---\n" + helmStyle + "---\n" + spaced.replace("name: spaced", "name: after");

        for (int minChunk : new int[] {1, 1 << 20}) {
            List<ManifestObject> objects = ManifestReader.read("in.yaml", text, minChunk);

            assertThat(objects).extracting(ManifestObject::name).containsExactly("spaced", "helm-style", "after");
            assertThat(objects.get(1).data().get("data")).isEqualTo(java.util.Map.of("run.sh", "\necho hi\n"));
            assertThat(objects.get(1).positionOf(List.of("data", "run.sh")).line()).isEqualTo(16);
            assertThat(objects.get(2).positionOf(List.of("metadata", "name")).line()).isEqualTo(23);
            if (minChunk == 1) { // a document read apart keeps the spaces its block scalar holds
                assertThat(objects.get(0).data().get("data")).isEqualTo(java.util.Map.of("keep", "a\n  \nb\n"));
                assertThat(objects.get(2).data().get("data")).isEqualTo(java.util.Map.of("keep", "a\n  \nb\n"));
            }
        }
    }

    @Test
    void readsHelmOutputWithSourcesPositionsAndDuplicateKeys() throws IOException {
        String text = Files.readString(Fixtures.root().resolve("test-fixtures/reference/renders/linea-stack/defaults.yaml"));

        List<ManifestObject> objects = ManifestReader.read("defaults.yaml", text);

        ManifestObject txSender = objects.stream()
                .filter(o -> o.kind().equals("Deployment") && o.name().endsWith("tx-sender")).findFirst().orElseThrow();
        assertThat(txSender.template()).isEqualTo("linea-stack/templates/tx-sender/deployment.yaml");
        assertThat(txSender.position().line()).isEqualTo(909);
        assertThat(txSender.duplicates()).singleElement().satisfies(d -> {
            assertThat(d.path()).containsExactly("metadata", "labels");
            assertThat(d.key()).isEqualTo("app.kubernetes.io/name");
            assertThat(d.first().line()).isEqualTo(916);
            assertThat(d.second()).isEqualTo(new SourcePosition("defaults.yaml", 920, 5));
        });
        assertThat(txSender.labels()).containsEntry("app.kubernetes.io/name", "tx-sender");
        assertThat(txSender.positionOf(List.of("spec", "template", "metadata", "labels", "app")).line()).isEqualTo(932);
    }

    @Test
    void unpacksListsAndPointsIntoItems() {
        String text = """
                apiVersion: v1
                kind: List
                items:
                  - apiVersion: v1
                    kind: ConfigMap
                    metadata: {name: a}
                  - apiVersion: v1
                    kind: ConfigMap
                    metadata:
                      name: b
                    data:
                      k: v
                """;

        List<ManifestObject> objects = ManifestReader.read("list.yaml", text);

        assertThat(objects).extracting(ManifestObject::name).containsExactly("a", "b");
        assertThat(objects.get(1).positionOf(List.of("data", "k"))).isEqualTo(new SourcePosition("list.yaml", 12, 7));
        assertThat(objects.get(1).positionOf(List.of("data", "missing"))).isEqualTo(new SourcePosition("list.yaml", 11, 5));
    }

    @Test
    void skipsEmptyDocumentsAndRejectsNonObjectsWithTheirLine() {
        assertThat(ManifestReader.read("x.yaml", "---\n# nothing\n---\n")).isEmpty();
        assertThatThrownBy(() -> ManifestReader.read("x.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n---\n- 1\n"))
                .isInstanceOf(InputException.class)
                .hasMessage("x.yaml:5: not a Kubernetes object (the document is not a YAML mapping)");
        assertThatThrownBy(() -> ManifestReader.read("x.yaml", "kind: ConfigMap\nmetadata:\n  name: 'a\n"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("x.yaml:4:1: not valid YAML: ");
        assertThatThrownBy(() -> ManifestReader.read("x.yaml", "kind: ConfigMap\nmetadata: {name: a}\n"))
                .hasMessage("x.yaml:1: not a Kubernetes object (no apiVersion)");
    }

    @Test
    void refusesAnAliasToACollectionThatHoldsIt() {
        assertThatThrownBy(() -> ManifestReader.read("x.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata: &d {loop: *d}\n"))
                .isInstanceOf(InputException.class)
                .hasMessage("x.yaml:4:7: a list or map contains itself through an alias");
    }

    @Test
    void refusesAnEscapeCutOffByTheEndOfTheText() {
        assertThatThrownBy(() -> ManifestReader.read("x.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: \"a\\x"))
                .isInstanceOf(InputException.class)
                .hasMessage("x.yaml: not valid YAML: a \\x, \\u or \\U escape is cut off by the end of the file");
    }

    @Test
    void readsPiecesOfALargeInputAtTheSameTimeWithTheSamePositionsSourcesAndDuplicates() {
        StringBuilder text = new StringBuilder("# a comment before the first marker\r\n");
        for (int i = 0; i < 40; i++) {
            text.append("---\r\n# Source: chart/templates/t").append(i).append(".yaml\r\n")
                    .append("apiVersion: v1\r\nkind: ConfigMap\r\nmetadata:\r\n  name: c").append(i).append("\r\n")
                    .append("data:\r\n  a: \"1\"\r\n  a: \"2\"\r\n  text: |\r\n    one\r\n    two\r\n")
                    .append(i % 7 == 0 ? "---\r\n# nothing here\r\n" : "");
        }
        String input = text.toString();
        assertThat(DocumentChunks.split(input, 64)).hasSizeGreaterThan(30);

        List<ManifestObject> whole = ManifestReader.read("big.yaml", input, Integer.MAX_VALUE);
        List<ManifestObject> pieces = ManifestReader.read("big.yaml", input, 64);

        assertThat(pieces).hasSize(40);
        for (int i = 0; i < whole.size(); i++) {
            ManifestObject one = whole.get(i);
            ManifestObject other = pieces.get(i);
            assertThat(other.data()).isEqualTo(one.data());
            assertThat(List.of(other.document(), other.template(), other.position(), other.duplicates(),
                    other.positionOf(List.of("data", "a")), other.positionWithin(List.of("data", "text"), 1)))
                    .isEqualTo(List.of(one.document(), one.template(), one.position(), one.duplicates(),
                            one.positionOf(List.of("data", "a")), one.positionWithin(List.of("data", "text"), 1)));
        }
        ManifestObject last = pieces.get(39);
        assertThat(last.template()).isEqualTo("chart/templates/t39.yaml");
        assertThat(last.duplicates()).singleElement().satisfies(d -> assertThat(d.second().line()).isEqualTo(d.first().line() + 1));
        assertThat(last.positionWithin(List.of("data", "text"), 1)).isEqualTo(new SourcePosition("big.yaml", last.position().line() + 9, 5));
    }

    @Test
    void reportsTheFirstProblemInDocumentOrderWhenPiecesAreReadAtTheSameTime() {
        String good = "---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n";
        String text = good.repeat(30) + "---\n- 1\n" + good.repeat(30) + "---\nkind: [\n" + good.repeat(30);

        assertThatThrownBy(() -> ManifestReader.read("x.yaml", text, 64))
                .isInstanceOf(InputException.class)
                .hasMessage("x.yaml:122: not a Kubernetes object (the document is not a YAML mapping)");
    }

    @Test
    void keepsAliasesAndRejectsACollectionThatContainsItself() {
        List<ManifestObject> objects = ManifestReader.read("a.yaml", """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: a
                  labels: &labels {app: x, app: y}
                data:
                  copy: *labels
                """);
        assertThat(objects.get(0).data().get("data")).isEqualTo(java.util.Map.of("copy", java.util.Map.of("app", "y")));
        assertThat(objects.get(0).duplicates()).extracting(DuplicateKey::path)
                .containsExactly(List.of("metadata", "labels"), List.of("data", "copy"));

        assertThatThrownBy(() -> ManifestReader.read("r.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: r}\ndata: &a\n  self: *a\n"))
                .isInstanceOf(InputException.class)
                .hasMessage("r.yaml:4:7: a list or map contains itself through an alias");
    }
}
