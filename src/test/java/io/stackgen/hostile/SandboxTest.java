package io.stackgen.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackgen.support.Fixtures;
import io.stackgen.support.Hostile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hostile charts under test-fixtures/hostile/charts/: each breaks one rule of the template sandbox or runs into one
 * of its limits, and fails with exit 2 and a one-line error that names the template, the line and the rule or limit.
 */
class SandboxTest {
    private static final String ALLOWED = "is not available in templates (they may call only items() and keys() on a"
            + " map and append(x) on a list, and read loop.*)";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        include-dotdot           | template '../secret.txt' is outside the chart
        import-dotdot            | template '../secret.txt' is outside the chart
        from-import-dotdot       | template '../../include-dotdot/secret.txt' is outside the chart
        include-absolute         | template '/etc/passwd' is outside the chart (absolute path)
        include-backslash        | template '../secret.txt' is outside the chart
        include-nul              | template name '_x\\0/../../secret.txt' holds a NUL byte
        include-name-from-values | template '../../../../../../../../etc/passwd' is outside the chart
        """)
    void templatesCannotBeReadFromOutsideTheChart(String chart, String message) {
        render(chart).says("templates/cm.yaml.j2:6: " + message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        java-string-method  | 'toUpperCase' of a string
        java-getbytes       | 'getBytes' of a string
        java-bean-property  | 'bytes' of a string
        java-class-property | 'class' of a string
        java-repeat         | 'repeat' of a string
        java-range-getclass | 'getClass' of a list
        java-filter-result  | 'getClass' of an object
        java-attr-filter    | 'bytes' of a string
        """)
    void javaMethodsAndPropertiesAreRefused(String chart, String what) {
        render(chart).says("templates/cm.yaml.j2:6: " + what + " " + ALLOWED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        java-getclass  | 6 | undefined value 'values.getClass'
        java-entryset  | 6 | undefined value 'values.entrySet'
        java-clear     | 6 | undefined value 'values.clear'
        values-put     | 7 | undefined value 'values.put'
        values-update  | 6 | undefined value 'values.app.update'
        values-append  | 7 | values are read-only: values.app.ports cannot be changed; copy it first (values.app.ports | list)
        """)
    void valuesCannotBeChangedOrSeenAsJavaObjects(String chart, int line, String message) {
        render(chart).says("templates/cm.yaml.j2:" + line + ": " + message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        loop-output            | 11 | 16800000 byte output rendered, over limit of 16777216 bytes
        loop-collection        | 8  | Collection of size 160000 is greater than the maximum size of 100000
        range-huge             | 6  | range() of 1000000000 items is over the limit of 10000
        macro-recursion        | 6  | macro 'down' calls itself, directly or through other macros: recursive macros are not allowed
        include-cycle          | 6  | '_a.j2' reaches itself again through include: include cycles are not allowed
        macro-mutual-recursion | 7  | macro 'ping' calls itself, directly or through other macros: recursive macros are not allowed
        string-multiply        | 6  | Cannot coerce 'x' of class java.lang.String to class java.lang.Long
        indent-blowup          | 6  | indenting 1 lines by 1000000000 is over the string length limit of 16777216 bytes
        center-filter          | 6  | the center filter is not available: its width builds unbounded strings
        format-filter          | 6  | the format filter is not available: its widths build unbounded strings
        batch-filter           | 6  | the batch filter is not available: its size builds unbounded lists
        self-containing-list   | 8  | appending a list to itself (directly or inside another list or map) is not allowed
        values-render-filter   | 6  | the render filter is not available: values are never evaluated as templates
        """)
    void unboundedWorkStopsAtALimit(String chart, int line, String message) {
        render(chart).says("templates/cm.yaml.j2:" + line + ": " + message);
    }

    @Test
    void aTemplateThatRunsPastTheTimeLimitStopsWithItsName() {
        Hostile.Outcome outcome = Hostile.run("render", chart("slow-loop"), "--timeout", "1").fails(2)
                .says("slow-loop/templates/cm.yaml.j2", ": render time limit of 1 s reached (--timeout)");

        assertThat(outcome.took()).isLessThan(java.time.Duration.ofMillis(3500));
    }

    @Test
    void valuesThatLookLikeTemplatesComeOutAsText() {
        Hostile.Outcome outcome = Hostile.run("render", chart("values-as-text"));

        assertThat(outcome.exitCode()).as(outcome.describe()).isZero();
        assertThat(outcome.out())
                .contains("expr: \"{{ 7 * 7 }}\"")
                .contains("loop: \"{% for i in range(3) %}{{ i }}{% endfor %}\"")
                .contains("whole: \"{{ values }}\"")
                .contains("yaml: \"expr: '{{ 7 * 7 }}'")
                .contains("json: \"{\\\"expr\\\":\\\"{{ 7 * 7 }}\\\"")
                .contains("included: \"{{ 7 * 7 }}\"")
                .doesNotContain("49").doesNotContain("012");
    }

    @Test
    void lintRendersChartsInTheSameSandbox() {
        Hostile.run("lint", chart("java-string-method")).fails(2)
                .says("templates/cm.yaml.j2:6: 'toUpperCase' of a string " + ALLOWED);
    }

    private static Hostile.Outcome render(String chart) {
        return Hostile.run("render", chart(chart)).fails(2);
    }

    private static String chart(String name) {
        return Fixtures.file("hostile/charts/" + name);
    }
}
