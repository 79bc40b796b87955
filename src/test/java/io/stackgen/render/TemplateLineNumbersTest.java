package io.stackgen.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackgen.support.CliRun;
import io.stackgen.support.TestChart;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Errors name the template line as written, however many block tags and comments come before it. */
class TemplateLineNumbersTest {
    private static final String HEAD = """
            {#-
              A header comment.
            -#}
            {% set a = values.a -%}
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: cm
            data:
            {% if a.shown %}
              k1: x
            {% endif %}
            {# one comment #}
            {% for i in [1, 2] %}
              k{{ i }}0: y
            {% endfor %}
            """;

    @TempDir
    Path dir;

    private CliRun render(String tail) {
        TestChart chart = TestChart.in(dir).values("a: {shown: true}\n").template("cm.yaml.j2", HEAD + tail);
        return CliRun.of("render", chart.path());
    }

    @Test
    void expressionErrorBelowTagLinesNamesItsLine() {
        CliRun run = render("  k3: {{ a.missing }}\n");

        assertThat(run.err()).contains("templates/cm.yaml.j2:17: undefined value 'values.a.missing'");
    }

    @Test
    void tagErrorBelowTagLinesNamesItsLine() {
        CliRun run = render("{% if a.shown %}\n{% if a.missing %}\n  k3: z\n{% endif %}\n{% endif %}\n");

        assertThat(run.err()).contains("templates/cm.yaml.j2:18: undefined value 'values.a.missing'");
    }

    @Test
    void outputIsWhatTrimBlocksAndWhitespaceControlMake() {
        CliRun run = render("{% if a.shown %}\n\n  k3: z\n{%- if a.shown %}\n\n  k4: w\n{% endif %}\n{% endif %}\n");

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out()).isEqualTo("---\n# Source: demo/templates/cm.yaml\napiVersion: v1\nkind: ConfigMap\nmetadata:\n"
                + "  name: cm\ndata:\n  k1: x\n  k10: y\n  k20: y\n\n  k3: z\n  k4: w\n");
    }
}
