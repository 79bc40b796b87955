package io.stackgen.render;

import static io.stackgen.support.TestChart.configMap;
import static org.assertj.core.api.Assertions.assertThat;

import io.stackgen.support.CliRun;
import io.stackgen.support.TestChart;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Filters behave as their Helm counterparts, seen through whole renders. */
class HelmFiltersTest {
    @TempDir
    Path dir;

    private String render(String values, String body) {
        TestChart chart = TestChart.in(dir).values(values).template("cm.yaml.j2", configMap(body));
        CliRun run = CliRun.of("render", chart.path());
        assertThat(run.exitCode()).as(run.describe()).isZero();
        return run.out();
    }

    @Test
    void toyamlSortsKeysQuotesAmbiguousStringsAndNindentPlacesIt() {
        String out = render("m: {zeta: \"1\", alpha: \"yes\", mid: plain, list: [a, b]}\n",
                "  v: |\n    {{- values.m | toyaml | nindent(4) }}");

        assertThat(out).contains("  v: |\n    alpha: \"yes\"\n    list:\n    - a\n    - b\n    mid: plain\n    zeta: \"1\"\n");
    }

    @Test
    void quoteDefaultAndTojson() {
        String out = render("a: \"\"\nb: 'say \"hi\"'\nm: {b: 2, a: 1}\n",
                "  d: {{ values.a | default('fallback') }}\n  q: {{ values.b | quote }}\n  j: '{{ values.m | tojson }}'");

        assertThat(out).contains("d: fallback").contains("q: \"say \\\"hi\\\"\"").contains("j: '{\"a\":1,\"b\":2}'");
    }

    @Test
    void encodingAndStringHelpers() {
        String out = render("s: hello\n",
                "  b: {{ values.s | b64enc }}\n  h: {{ values.s | sha256sum }}\n  k: {{ 'storageMaxCacheSize' | kebabcase }}\n"
                        + "  t: {{ 'abcdef-' | trunc(7) | trimsuffix('-') }}\n  i: |\n{{ 'x\\ny' | indent(4) }}");

        assertThat(out).contains("b: aGVsbG8=")
                .contains("h: 2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824")
                .contains("k: storage-max-cache-size").contains("t: abcdef").contains("  i: |\n    x\n    y");
    }

    @Test
    void omitDropsKeysAndMapsIterateInKeyOrder() {
        String out = render("cli: {zz: 1, aa: 2, skip: 3}\n",
                "  v: \"{% for k, v in (values.cli | omit('skip')).items() %}{{ k }}={{ v }};{% endfor %}\"");

        assertThat(out).contains("v: \"aa=2;zz=1;\"");
    }
}
