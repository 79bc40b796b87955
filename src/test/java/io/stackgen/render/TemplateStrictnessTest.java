package io.stackgen.render;

import static io.stackgen.support.TestChart.configMap;
import static org.assertj.core.api.Assertions.assertThat;

import io.stackgen.support.CliRun;
import io.stackgen.support.TestChart;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading what does not exist fails everywhere Jinjava's own strict mode lets it through. */
class TemplateStrictnessTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {
        "  v: {{ values.app.missing }}",
        "{% if values.app.missing %}\n  v: x\n{% endif %}",
        "{% for x in values.app.missing %}\n  v: x\n{% endfor %}",
        "  v: {{ values.app.name | default(values.app.missing) }}",
        "  v: {{ values.app.missing | lower }}",
        "  v: {{ 'a' if values.app.missing == 'b' else 'c' }}"})
    void missingKeyFailsWithTemplateLineAndPath(String body) {
        TestChart chart = TestChart.in(dir).values("app:\n  name: demo\n").template("cm.yaml.j2", configMap(body));

        CliRun run = CliRun.of("render", chart.path());

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
        assertThat(run.err()).contains("templates/cm.yaml.j2:" + (5 + 1) + ": undefined value 'values.app.missing'");
        assertThat(run.out()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"  v: {{ nope }}", "{% if nope %}\n  v: x\n{% endif %}", "  v: {{ 1 | add(nope) }}"})
    void undefinedVariableFails(String body) {
        TestChart chart = TestChart.in(dir).template("cm.yaml.j2", configMap(body));

        CliRun run = CliRun.of("render", chart.path());

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
        assertThat(run.err()).contains("undefined variable 'nope'");
    }

    @Test
    void optionalKeysAreTestedWithIn() {
        TestChart chart = TestChart.in(dir).values("app: {name: demo}\n").template("cm.yaml.j2", configMap(
                "  has: \"{{ 'name' in values.app }}\"\n  lacks: \"{{ 'port' in values.app }}\"\n"
                        + "  tail: {{ 'x' if values.app.name == 'other' }}done"));

        CliRun run = CliRun.of("render", chart.path());

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out()).contains("has: \"true\"").contains("lacks: \"false\"").contains("tail: done");
    }

    @Test
    void jinjaConstantsAreNotUndefinedNames() {
        TestChart chart = TestChart.in(dir).values("gone: null\n").template("cm.yaml.j2", configMap(
                "  a: {{ 'null' if values.gone is none else 'set' }}\n  b: {{ 'none' if none is none }}\n"
                        + "  c: \"{{ True }}{{ False }}\""));

        CliRun run = CliRun.of("render", chart.path());

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out()).contains("a: null", "b: none", "c: \"truefalse\"");
    }

    @Test
    void valuesAreNeverEvaluatedAsTemplates() {
        TestChart chart = TestChart.in(dir).values("app: {name: \"{{ 7 * 7 }}\"}\n")
                .template("cm.yaml.j2", configMap("  v: {{ values.app.name | quote }}"));

        CliRun run = CliRun.of("render", chart.path());

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out()).contains("v: \"{{ 7 * 7 }}\"").doesNotContain("49");
    }

    @Test
    void requiredAndFailCarryTheAuthorsMessage() {
        TestChart chart = TestChart.in(dir).values("image: {repository: \"\"}\n")
                .template("a.yaml.j2", configMap("  v: {{ values.image.repository | required('image.repository is required') }}"));
        CliRun required = CliRun.of("render", chart.path());
        chart.template("a.yaml.j2", configMap("{{ fail('this chart cannot run with ' ~ values.image.repository ~ 'x') }}"));
        CliRun failed = CliRun.of("render", chart.path());

        assertThat(required.exitCode()).isEqualTo(2);
        assertThat(required.err()).isEqualTo("error: " + chart.path() + "/templates/a.yaml.j2:6: image.repository is required\n");
        assertThat(failed.err()).contains("this chart cannot run with x");
    }

    @Test
    void includesCannotLeaveTheChart() {
        TestChart chart = TestChart.in(dir.resolve("chart")).template("cm.yaml.j2", configMap("{% include '../../secret.txt' %}"));
        TestChart.in(dir).file("secret.txt", "  stolen: yes");

        CliRun climbing = CliRun.of("render", chart.path());
        chart.template("cm.yaml.j2", configMap("{% include '/etc/hostname' %}"));
        CliRun absolute = CliRun.of("render", chart.path());

        assertThat(climbing.exitCode()).isEqualTo(2);
        assertThat(climbing.err()).contains("outside the chart").doesNotContain("stolen");
        assertThat(absolute.exitCode()).isEqualTo(2);
        assertThat(absolute.err()).contains("outside the chart");
    }

    @Test
    void javaObjectsAreNotReachable() {
        TestChart chart = TestChart.in(dir).values("app: {name: demo}\n")
                .template("cm.yaml.j2", configMap("  v: \"{{ values.app.getClass() }}{{ values.app.name.getClass().forName('java.lang.Runtime') }}\""));

        CliRun run = CliRun.of("render", chart.path());

        assertThat(run.out()).doesNotContain("java.lang");
    }
}
