package io.stackgen.values;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserValuesTest {

    @Test
    void flagKindsApplyInHelmPrecedenceWhateverTheOrder(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("v.txt"), "from-file");
        UserValues values = UserValues.builder()
                .setFile("e=" + file)
                .setString("d=string,e=string")
                .set("c=set,d=set,e=set")
                .setJson("b=\"json\",c=\"json\",d=\"json\",e=\"json\"")
                .valuesFile(ValuesFile.parse("v.yaml", "a: file\nb: file\nc: file\nd: file\ne: file\n"))
                .build();
        assertThat(values.tree()).isEqualTo(Map.of("a", "file", "b", "json", "c", "set", "d", "string", "e", "from-file"));
        assertThat(values.originOf(List.of("a"))).contains("v.yaml:1:4");
        assertThat(values.originOf(List.of("e"))).contains("--set-file e=" + file);
        assertThat(values.layers()).extracting(ValuesLayer::description)
                .containsExactly("v.yaml", "--set-json b=...",
                        "--set c=...,d=...,e=...", "--set-string d=...,e=...", "--set-file e=" + file);
    }

    @Test
    void filesMergeMapsAndReplaceLists() {
        UserValues values = UserValues.builder()
                .valuesFile(ValuesFile.parse("a.yaml", "m: {x: 1, q: 2}\nl: [1, 2, 3]\n"))
                .valuesFile(ValuesFile.parse("b.yaml", "m: {q: 3}\nl: [9]\n"))
                .build();
        assertThat(values.tree()).isEqualTo(Map.of("m", Map.of("x", 1L, "q", 3L), "l", List.of(9L)));
        assertThat(values.originOf(List.of("m", "x"))).contains("a.yaml:1:8");
        assertThat(values.originOf(List.of("m", "q"))).contains("b.yaml:1:8");
        assertThat(values.originOf(List.of("l", 2))).isEmpty();
    }

    @Test
    void setModifiesFileListElementsAndKeepsOrigins() {
        ValuesLayer file = ValuesFile.parse("v.yaml", "shards:\n  - name: a\n    replicas: 1\n");
        UserValues values = UserValues.builder()
                .valuesFile(file)
                .set("shards[0].replicas=abc")
                .build();
        assertThat(values.tree()).isEqualTo(Map.of("shards", List.of(Map.of("name", "a", "replicas", "abc"))));
        assertThat(values.originOf(List.of("shards", 0, "replicas"))).contains("--set shards[0].replicas=...");
        assertThat(values.originOf(List.of("shards", 0, "name"))).contains("v.yaml:2:11");
        assertThat(file.tree().get("shards")).isEqualTo(List.of(Map.of("name", "a", "replicas", 1L)));
    }
}
