package io.stackgen.render.filters;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackgen.common.YamlWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RepeatedYamlTest {
    @Test
    void anEqualInputIsWrittenOnce() {
        RepeatedYaml yaml = new RepeatedYaml();

        String first = yaml.write(map("cpu", "100m", "replicas", 2L));
        String again = yaml.write(map("replicas", 2L, "cpu", "100m"));

        assertThat(again).isSameAs(first).isEqualTo(YamlWriter.write(map("cpu", "100m", "replicas", 2L)));
    }

    @Test
    void inputsThatLookAlikeButAreWrittenDifferentlyAreNotMixedUp() {
        RepeatedYaml yaml = new RepeatedYaml();
        List<Object> inputs = List.of(
                map("a", 1L), map("a", "1"), map("a", 1), map("a", 1.0), map("a", new BigDecimal("1.0")),
                map("a", new BigDecimal("1.00")), map("a", true), map("a", "true"), map("a", "yes"),
                new ArrayList<>(List.of(1L, 2L)), new ArrayList<>(List.of(2L, 1L)), map("a", map("b", null)),
                map("a", new ArrayList<>(List.of())), map("a", map()), "1", 1L, List.of(Set.of("x")));

        for (int round = 0; round < 2; round++) {
            for (Object input : inputs) {
                assertThat(yaml.write(input)).as(String.valueOf(input)).isEqualTo(YamlWriter.write(input));
            }
        }
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
