package io.stackgen.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackgen.common.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SetParserTest {

    private static Map<String, Object> parse(String arg, SetMode mode) {
        Map<String, Object> out = new LinkedHashMap<>();
        SetParser.parseInto(arg, out, mode);
        return out;
    }

    private static Map<String, Object> set(String arg) {
        return parse(arg, SetMode.TYPED);
    }

    @Test
    void helmDocumentedExamples() {
        assertThat(set("name=value")).isEqualTo(Map.of("name", "value"));
        assertThat(set("a=b,c=d")).isEqualTo(Map.of("a", "b", "c", "d"));
        assertThat(set("outer.inner=value")).isEqualTo(Map.of("outer", Map.of("inner", "value")));
        // strvals keeps the blanks after the commas.
        assertThat(set("name={a, b, c}")).isEqualTo(Map.of("name", List.of("a", " b", " c")));
        assertThat(set("servers[0].port=80")).isEqualTo(Map.of("servers", List.of(Map.of("port", 80L))));
        assertThat(set("servers[0].port=80,servers[0].host=example"))
                .isEqualTo(Map.of("servers", List.of(Map.of("port", 80L, "host", "example"))));
        assertThat(set("name=value1\\,value2")).isEqualTo(Map.of("name", "value1,value2"));
        assertThat(set("nodeSelector.\"kubernetes\\.io/role\"=master"))
                .isEqualTo(Map.of("nodeSelector", Map.of("\"kubernetes.io/role\"", "master")));
        assertThat(set("a\\=b=c")).isEqualTo(Map.of("a=b", "c"));
    }

    @Test
    void typesValuesLikeTypedVal() {
        assertThat(set("a=true,b=FALSE,c=1,d=01,e=1.5,f=0,g=-3,h=")).isEqualTo(Map.of(
                "a", true, "b", false, "c", 1L, "d", "01", "e", "1.5", "f", 0L, "g", -3L, "h", ""));
        assertThat(set("a=null")).containsEntry("a", null);
        assertThat(set("a=99999999999999999999")).containsEntry("a", "99999999999999999999");
        assertThat(parse("a=true,b=1,c={1,x}", SetMode.STRING))
                .isEqualTo(Map.of("a", "true", "b", "1", "c", List.of("1", "x")));
    }

    @Test
    void listIndexesGrowWithNulls() {
        assertThat(set("a[2]=x").get("a")).isEqualTo(Arrays.asList(null, null, "x"));
        assertThat(set("a[1][0]=x").get("a")).isEqualTo(Arrays.asList(null, List.of("x")));
    }

    @Test
    void writesIntoExistingListElementsAndMaps() {
        Map<String, Object> base = new LinkedHashMap<>();
        Map<String, Object> element = new LinkedHashMap<>(Map.of("x", 1L));
        base.put("a", new ArrayList<>(List.of(element)));
        base.put("m", new LinkedHashMap<>(Map.of("keep", "k")));
        SetParser.parseInto("a[0].y=2,m.new=n", base, SetMode.TYPED);
        assertThat(base.get("a")).isEqualTo(List.of(Map.of("x", 1L, "y", 2L)));
        assertThat(base.get("m")).isEqualTo(Map.of("keep", "k", "new", "n"));
    }

    @Test
    void jsonValuesAndWholeObjects() {
        Map<String, Object> json = parse("a={\"b\":[1,true,null,\"s\"]} ,c=2.5,d=", SetMode.JSON);
        assertThat(json.get("a")).isEqualTo(Map.of("b", Arrays.asList(1L, true, null, "s")));
        assertThat(json).containsEntry("c", 2.5).containsEntry("d", null).hasSize(3);
        assertThat(parse("list[1]=\"x\"", SetMode.JSON).get("list")).isEqualTo(Arrays.asList(null, "x"));
        Map<String, Object> base = new LinkedHashMap<>();
        base.put("a", new LinkedHashMap<>(Map.of("keep", 1L)));
        SetParser.parseInto("{\"a\":{\"b\":1}}", base, SetMode.JSON);
        assertThat(base).isEqualTo(Map.of("a", Map.of("keep", 1L, "b", 1L)));
    }

    @Test
    void literalTakesTheWholeRightHandSide() {
        assertThat(parse("a.b=x,y=\\z{1}", SetMode.LITERAL)).isEqualTo(Map.of("a", Map.of("b", "x,y=\\z{1}")));
    }

    @Test
    void fileValuesAreReadFromDisk(@TempDir Path dir) throws Exception {
        Path cert = Files.writeString(dir.resolve("cert.pem"), "-----BEGIN-----\n");
        assertThat(parse("tls.cert=" + cert, SetMode.FILE)).isEqualTo(Map.of("tls", Map.of("cert", "-----BEGIN-----\n")));
        Path missing = dir.resolve("missing.pem");
        assertThatThrownBy(() -> parse("tls.cert=" + missing, SetMode.FILE))
                .isInstanceOf(InputException.class)
                .hasMessage("--set-file 'tls.cert=" + missing + "': " + missing + ": no such file");
    }

    @Test
    void errorsNameTheFlagAndArgument() {
        assertThatThrownBy(() -> set("a")).isInstanceOf(InputException.class)
                .hasMessage("--set 'a': key \"a\" has no value");
        assertThatThrownBy(() -> set("a,b=1")).hasMessage("--set 'a,b=...': key \"a\" has no value (cannot end with ,)");
        assertThatThrownBy(() -> set("a[=1")).hasMessage("--set 'a[=...': error parsing index: missing ']'");
        assertThatThrownBy(() -> parse("a[x]=1", SetMode.STRING))
                .hasMessage("--set-string 'a[x]=...': error parsing index: \"x\" is not an integer");
        assertThatThrownBy(() -> set("a[-1]=1")).hasMessage("--set 'a[-1]=...': negative -1 index not allowed");
        assertThatThrownBy(() -> set("a[65537]=1"))
                .hasMessage("--set 'a[65537]=...': index of 65537 is greater than maximum supported index of 65536");
        assertThatThrownBy(() -> set("a={x,y")).hasMessage("--set 'a=...': list must terminate with '}'");
        assertThatThrownBy(() -> parse("a={x", SetMode.JSON))
                .hasMessageStartingWith("--set-json 'a=...': invalid JSON: ")
                .hasMessageNotContaining("\n");
        Map<String, Object> base = new LinkedHashMap<>(Map.of("a", "scalar"));
        assertThatThrownBy(() -> SetParser.parseInto("a.b=1", base, SetMode.TYPED))
                .hasMessage("--set 'a.b=...': cannot set a key inside \"a\": it holds a string, not a map");
    }
}
