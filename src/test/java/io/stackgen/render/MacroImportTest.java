package io.stackgen.render;

import static io.stackgen.support.TestChart.configMap;
import static org.assertj.core.api.Assertions.assertThat;

import io.stackgen.support.CliRun;
import io.stackgen.support.TestChart;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imported macro files run once per chart render and are shared by every template that imports them: the file's
 * top-level code sees the globals only, so its macros are the same whichever template imported it first.
 */
class MacroImportTest {
    @TempDir
    Path dir;

    @Test
    void everyTemplateGetsTheSameMacrosAndTemplateNamesTheCaller() {
        TestChart chart = TestChart.in(dir).values("greeting: hi\n")
                .file("templates/_helpers.j2", "{% import \"_names.j2\" as names %}{% set suffix = values.greeting | upper %}"
                        + "{% macro hello(who) %}{{ values.greeting }} {{ who }}{{ suffix }} from {{ template.name }}"
                        + " {{ names.upper(who) }}{% endmacro %}")
                .file("templates/_names.j2", "{% macro upper(x) %}{{ x | upper }}{% endmacro %}")
                .template("a.yaml.j2", "{% import \"_helpers.j2\" as h %}" + configMap("  v: {{ h.hello('a') }}"))
                .template("b.yaml.j2", "{% import '_helpers.j2' as helpers %}{% import \"_names.j2\" as n %}"
                        + configMap("  v: {{ helpers.hello('b') }} {{ n.upper('c') }}").replace("name: cm", "name: cm-b"));

        CliRun run = CliRun.of("render", chart.path());

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out()).contains("  v: hi aHI from demo/templates/a.yaml A\n")
                .contains("  v: hi bHI from demo/templates/b.yaml B C\n");
    }

    @Test
    void theTopLevelOfAnImportedFileDoesNotSeeTheImportingTemplate() {
        TestChart chart = TestChart.in(dir)
                .file("templates/_helpers.j2", "{% set copied = local %}{% macro m() %}{{ copied }}{% endmacro %}")
                .template("a.yaml.j2", "{% set local = 'mine' %}{% import '_helpers.j2' as h %}" + configMap("  v: {{ h.m() }}"));

        CliRun run = CliRun.of("render", chart.path());

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
        assertThat(run.err()).contains("undefined variable 'local'").hasLineCount(1);
    }

    @Test
    void theTopLevelOfAnImportedFileDoesNotSeeTemplate() {
        TestChart chart = TestChart.in(dir)
                .file("templates/_helpers.j2", "{% set me = template.name %}{% macro m() %}{{ me }}{% endmacro %}")
                .template("a.yaml.j2", "{% import '_helpers.j2' as h %}" + configMap("  v: {{ h.m() }}"));

        CliRun run = CliRun.of("render", chart.path());

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
        assertThat(run.err()).contains("undefined variable 'template'");
    }

    @Test
    void anErrorInAnImportedFileNamesThatFileInEveryRender() {
        TestChart chart = TestChart.in(dir)
                .file("templates/_helpers.j2", "{% macro ok() %}x{% endmacro %}\n{{ fail('broken helpers') }}")
                .template("a.yaml.j2", "{% import '_helpers.j2' as h %}" + configMap("  v: {{ h.ok() }}"));

        CliRun run = CliRun.of("render", chart.path());

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
        assertThat(run.err()).contains("broken helpers").hasLineCount(1);
    }

    @Test
    void anImportCycleIsAnError() {
        TestChart chart = TestChart.in(dir)
                .file("templates/_one.j2", "{% import '_two.j2' as two %}{% macro m() %}1{% endmacro %}")
                .file("templates/_two.j2", "{% import '_one.j2' as one %}{% macro m() %}2{% endmacro %}")
                .template("a.yaml.j2", "{% import '_one.j2' as one %}" + configMap("  v: {{ one.m() }}"));

        CliRun run = CliRun.of("render", chart.path());

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
        assertThat(run.err()).containsIgnoringCase("cycle").contains("_one.j2");
    }
}
