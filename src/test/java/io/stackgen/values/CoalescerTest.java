package io.stackgen.values;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoalescerTest {

    private static Map<String, Object> yaml(String text) {
        return ValuesFile.parse("t.yaml", text).tree();
    }

    @Test
    void userValuesWinMapsMergeListsReplace() {
        Map<String, Object> defaults = yaml("shards:\n  replicas: 1\n  ports: [1, 2]\n  image: {repo: r, tag: t}\nonly: d\n");
        Map<String, Object> user = yaml("shards:\n  replicas: 3\n  ports: [9]\n  image: {tag: u}\nextra: e\n");
        Coalescer.Coalesced result = Coalescer.coalesce(defaults, user);
        assertThat(result.values()).isEqualTo(Map.of(
                "shards", Map.of("replicas", 3L, "ports", List.of(9L), "image", Map.of("repo", "r", "tag", "u")),
                "only", "d", "extra", "e"));
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void userNullDeletesKeysAtAnyDepth() {
        Map<String, Object> defaults = yaml("a: 1\nm: {x: 1, q: 2}\n");
        Map<String, Object> user = new HashMap<>(yaml("m: {q: null}\nabsent: null\n"));
        user.put("a", null);
        Map<String, Object> values = Coalescer.coalesce(defaults, user).values();
        assertThat(values).isEqualTo(Map.of("m", Map.of("x", 1L)));
    }

    @Test
    void tableConflictsKeepTheUserValueAndWarn() {
        Map<String, Object> defaults = yaml("shards:\n  resources: {cpu: 1}\n  name: nm\n");
        Map<String, Object> user = yaml("shards:\n  resources: x\n  name: {a: b}\n");
        Coalescer.Coalesced result = Coalescer.coalesce(defaults, user);
        assertThat(result.values()).isEqualTo(Map.of("shards", Map.of("resources", "x", "name", Map.of("a", "b"))));
        assertThat(result.warnings()).containsExactly(
                "warning: cannot overwrite table with non table for shards.resources (map[cpu:1])",
                "warning: destination for shards.name is a table. Ignoring non-table value (nm)");
    }

    @Test
    void inputsAreNotModified() {
        Map<String, Object> defaults = yaml("m: {x: 1}\n");
        Map<String, Object> user = yaml("m: {q: 2}\n");
        Map<String, Object> values = Coalescer.coalesce(defaults, user).values();
        Map<String, Object> m = Trees.asMap(values.get("m"));
        m.put("z", 3L);
        assertThat(defaults).isEqualTo(Map.of("m", Map.of("x", 1L)));
        assertThat(user).isEqualTo(Map.of("m", Map.of("q", 2L)));
    }
}
