package io.stackgen.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackgen.common.InputException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValuesFileTest {

    private static Map<String, Object> tree(String yaml) {
        return ValuesFile.parse("values.yaml", yaml).tree();
    }

    private static Object value(String scalar) {
        return tree("v: " + scalar + "\n").get("v");
    }

    @Test
    void typesScalarsLikeGoYamlV2() {
        assertThat(Arrays.asList(value("~"), value("null"), value("NULL"), value(""))).containsOnlyNulls();
        for (String yes : List.of("y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON")) {
            assertThat(value(yes)).as(yes).isEqualTo(true);
        }
        for (String no : List.of("n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF")) {
            assertThat(value(no)).as(no).isEqualTo(false);
        }
        assertThat(value("yES")).isEqualTo("yES");
        assertThat(value("42")).isEqualTo(42L);
        assertThat(value("-7")).isEqualTo(-7L);
        assertThat(value("1_000")).isEqualTo(1000L);
        assertThat(value("0x1F")).isEqualTo(31L);
        assertThat(value("0o17")).isEqualTo(15L);
        assertThat(value("017")).isEqualTo(15L);
        assertThat(value("18446744073709551615")).isEqualTo(new BigInteger("18446744073709551615"));
        assertThat(value("1.5")).isEqualTo(1.5);
        assertThat(value("1e3")).isEqualTo(1000.0);
        assertThat(value(".inf")).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat((Double) value(".nan")).isNaN();
        assertThat(value("1.2.3")).isEqualTo("1.2.3");
        assertThat(value("\"true\"")).isEqualTo("true");
        assertThat(value("'42'")).isEqualTo("42");
        assertThat(value("!!str 42")).isEqualTo("42");
        assertThat(value("!!int \"42\"")).isEqualTo(42L);
        assertThat(value("!!float 1")).isEqualTo(1.0);
        assertThat(value("!!bool \"yes\"")).isEqualTo(true);
    }

    @Test
    void keepsKeyOrderAndStringifiesKeys() {
        Map<String, Object> tree = tree("b: 1\na: 2\n1: x\ntrue: y\n0x10: z\n");
        assertThat(tree.keySet()).containsExactly("b", "a", "1", "true", "16");
        assertThat(tree("y: 1\n")).containsOnlyKeys("true"); // YAML 1.1: the key y is a boolean
    }

    @Test
    void emptyOrCommentOnlyFileIsEmptyMap() {
        assertThat(tree("")).isEmpty();
        assertThat(tree("# only a comment\n")).isEmpty();
    }

    @Test
    void recordsPositionsOfNestedValuesAndListItems() {
        ValuesLayer layer = ValuesFile.parse("values.yaml", "shards:\n  replicas: 3\n  hosts:\n    - a\n    - name: b\n");
        assertThat(layer.originOf(List.of("shards", "replicas"))).contains("values.yaml:2:13");
        assertThat(layer.originOf(List.of("shards", "hosts", 1))).contains("values.yaml:5:7");
        assertThat(layer.originOf(List.of("shards", "hosts", 1, "name"))).contains("values.yaml:5:13");
        assertThat(layer.originOf(List.of("shards", "missing"))).isEmpty();
        assertThat(layer.description()).isEqualTo("values.yaml");
    }

    @Test
    void mergeKeysLetExplicitKeysWin() {
        Map<String, Object> tree = tree("base: &b {p: 1, q: 2}\nover:\n  q: 3\n  <<: *b\n");
        assertThat(tree.get("over")).isEqualTo(Map.of("q", 3L, "p", 1L));
    }

    @Test
    void duplicateKeyNamesBothLines() {
        assertThatThrownBy(() -> tree("a: 1\nshards:\n  replicas: 1\n  replicas: 2\n"))
                .isInstanceOf(InputException.class)
                .hasMessage("values.yaml:4:3: duplicate key 'replicas' (first at line 3)");
    }

    @Test
    void syntaxErrorsCarryPosition() {
        assertThatThrownBy(() -> tree("a: [1, 2\nb: 3\n"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("values.yaml:")
                .hasMessageNotContaining("\n");
        assertThatThrownBy(() -> tree("a: b: c\n")).hasMessage("values.yaml:1:5: mapping values are not allowed here");
        assertThatThrownBy(() -> tree("a:\n\tb: 1\n"))
                .hasMessage("values.yaml:2:1: tab character used for indentation (YAML allows only spaces)");
    }

    @Test
    void escapeCutOffByTheEndOfTheFileIsAnInputError() {
        for (String escape : new String[] {"\\x", "\\u", "\\U"}) {
            assertThatThrownBy(() -> tree("url: \"h/" + escape))
                    .isInstanceOf(InputException.class)
                    .hasMessage("values.yaml: not valid YAML: a \\x, \\u or \\U escape is cut off by the end of the file");
        }
    }

    @Test
    void rejectsNonMappingTopLevelAndSecondDocument() {
        assertThatThrownBy(() -> tree("- a\n"))
                .hasMessage("values.yaml:1:1: the top level of a values file must be a mapping, not a list");
        assertThatThrownBy(() -> tree("a: 1\n---\nb: 2\n"))
                .hasMessage("values.yaml:3:1: more than one YAML document; a values file holds one");
    }

    @Test
    void capsAliasesAndNesting() {
        StringBuilder bomb = new StringBuilder("a0: &a0 [x, x]\n");
        for (int i = 1; i < 60; i++) {
            bomb.append("a").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a").append(i - 1).append("]\n");
        }
        assertThatThrownBy(() -> tree(bomb.toString())).isInstanceOf(InputException.class)
                .hasMessageContaining("values.yaml").hasMessageContaining("alias");
        String deep = "a: " + "[".repeat(150) + "]".repeat(150) + "\n";
        assertThatThrownBy(() -> tree(deep)).hasMessageContaining("nesting deeper than 100 levels");
    }

    @Test
    void rejectsInvalidUtf8WithPosition() {
        byte[] bytes = "a: 1\nb: x\u00e9".getBytes(StandardCharsets.UTF_8);
        byte[] broken = Arrays.copyOf(bytes, bytes.length - 1);
        assertThatThrownBy(() -> ValuesFile.parse("values.yaml", broken))
                .hasMessage("values.yaml:2:5: not valid UTF-8 (byte 0xC3 at offset 9)");
        assertThat(ValuesFile.parse("v.yaml", bytes).tree()).containsEntry("b", "x\u00e9");
    }
}
