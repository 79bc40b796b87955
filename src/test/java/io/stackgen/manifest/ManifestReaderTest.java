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
}
