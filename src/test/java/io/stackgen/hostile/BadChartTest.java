package io.stackgen.hostile;

import static io.stackgen.hostile.BadInputs.MIB;
import static io.stackgen.hostile.BadInputs.chartWith;
import static io.stackgen.hostile.BadInputs.fixture;
import static io.stackgen.hostile.BadInputs.latin1;
import static io.stackgen.hostile.BadInputs.sparse;
import static io.stackgen.hostile.BadInputs.write;

import io.stackgen.support.Hostile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Broken chart folders: Chart.yaml, values.yaml and values.schema.json, and dependencies that loop or are missing. */
class BadChartTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no-chart-yaml           | no-chart-yaml: not a chart (no Chart.yaml)
            empty-chart-yaml        | empty-chart-yaml/Chart.yaml: must be a YAML mapping with apiVersion, name and version
            bad-version             | bad-version/Chart.yaml:3: version must be a semantic version such as 1.2.3, got '1.0'
            no-name                 | no-name/Chart.yaml: name is missing (Helm requires apiVersion, name and version)
            no-api-version          | no-api-version/Chart.yaml: apiVersion is missing (Helm requires apiVersion, name and version)
            duplicate-key           | duplicate-key/Chart.yaml:4:1: not valid YAML: found duplicate key name
            cut-escape              | cut-escape/Chart.yaml: not valid YAML: a \\x, \\u or \\U escape is cut off by the end of the file
            tab-indentation         | tab-indentation/Chart.yaml:5:1: not valid YAML: tab character used for indentation (YAML allows only spaces)
            bad-values-yaml         | bad-values-yaml/values.yaml:3:1: found unexpected end of stream (while scanning a quoted scalar)
            bad-schema-json         | bad-schema-json/values.schema.json:5: not valid JSON: Unexpected character
            circular-a              | circular-b/Chart.yaml: dependency 'circular-a' is circular: circular-a -> circular-b -> circular-a
            missing-dependency      | missing-dependency/Chart.yaml: dependency 'redis' not found: no chart named 'redis' in
            missing-file-dependency | missing-file-dependency/Chart.yaml: dependency 'redis' not found: file://../redis
            """)
    void refused(String chart, String message) {
        Hostile.run("render", fixture("charts/" + chart)).fails(2).says(message);
    }

    /** Helm's loader refuses chart files over 5 MiB; so does stackgen, before reading them. */
    @ParameterizedTest
    @CsvSource({"Chart.yaml", "values.yaml", "values.schema.json"})
    void aChartFileOverFiveMebibytesIsRefusedByItsSize(String name) {
        Path dir = chartWith(tmp.resolve("big"));
        sparse(dir, name, 6 * MIB);
        Hostile.run("render", dir.toString()).fails(2).says(dir + "/" + name + ": chart file larger than the limit of 5 MiB");
    }

    @ParameterizedTest
    @CsvSource({"Chart.yaml", "values.yaml", "values.schema.json"})
    void aChartFileThatIsNotUtf8IsNamedWithItsByte(String name) {
        Path dir = chartWith(tmp.resolve("latin1"));
        write(dir, name, latin1("description: caf\u00e9\n"));
        Hostile.run("render", dir.toString()).fails(2).says(dir + "/" + name + ":2:17: not valid UTF-8 (byte 0xE9 at offset 49)");
    }

    @Test
    void aChartThatDependsOnItselfIsCircular() {
        Path dir = chartWith(tmp.resolve("self"), "Chart.yaml",
                "apiVersion: v2\nname: self\nversion: 1.0.0\ndependencies:\n  - name: self\n    repository: file://.\n");
        Hostile.run("render", dir.toString()).fails(2)
                .says(dir + "/Chart.yaml: dependency 'self' is circular: self -> self");
    }

    @Test
    void aChartPathThatIsAFileIsNotAChart() {
        Hostile.run("render", fixture("chart/values.yaml")).fails(2).says("chart/values.yaml: not a chart directory");
    }
}
