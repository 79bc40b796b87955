package io.stackgen.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldNamesTest {
    @Test
    void objectsReadApartShareTheirKeyNames() {
        Map<String, Object> one = ManifestReader.read("a.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n").get(0).data();
        Map<String, Object> two = ManifestReader.read("b.yaml", "apiVersion: v1\nkind: Secret\nmetadata: {name: b}\n").get(0).data();

        String first = one.keySet().stream().filter("metadata"::equals).findFirst().orElseThrow();
        String second = two.keySet().stream().filter("metadata"::equals).findFirst().orElseThrow();
        assertThat(first).isSameAs(second);
    }

    @Test
    void longNamesAreNotKept() {
        String name = "k".repeat(65);
        String copy = new String(name.toCharArray());

        assertThat(FieldNames.shared(copy)).isSameAs(copy);
        assertThat(FieldNames.shared(name)).isSameAs(name);
    }

    @Test
    void aNameKeepsItsTextWhenShared() {
        for (String name : List.of("containerPort", "a", "", "data[\"x\"]", "ünïcode")) {
            assertThat(FieldNames.shared(new String(name.toCharArray()))).isEqualTo(name);
        }
    }
}
