package io.stackgen.hostile;

import static io.stackgen.hostile.BadInputs.chart;
import static io.stackgen.hostile.BadInputs.fixture;
import static io.stackgen.hostile.BadInputs.withStdin;
import static org.assertj.core.api.Assertions.assertThat;

import io.stackgen.support.Hostile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Values files that parse but say the wrong thing; and the empty ones, which Helm accepts and so does stackgen. */
class BadValuesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            values/wrong-type.yaml     | wrong-type.yaml:1:11: replicas: string found, integer expected
            values/unknown-key.yaml    | unknown-key.yaml:2:11: passwrod: property 'passwrod' is not defined in the schema and the schema does not allow additional properties
            values/top-level-list.yaml | top-level-list.yaml:1:1: the top level of a values file must be a mapping, not a list
            values/two-documents.yaml  | two-documents.yaml:3:1: more than one YAML document; a values file holds one
            """)
    void refused(String fixture, String message) {
        Hostile.run("render", chart(), "-f", fixture(fixture)).fails(2).says(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"values/empty.yaml", "values/empty-documents.yaml"})
    void anEmptyValuesFileOrOneOfEmptyDocumentsIsFineAsInHelm(String fixture) {
        Hostile.Outcome run = Hostile.run("render", chart(), "-f", fixture(fixture), "--set", "password=x");
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out()).contains("kind: Secret").contains("replicas: \"1\"");
    }

    @Test
    void emptyStandardInputIsAnEmptyValuesFile() {
        Hostile.Outcome run = withStdin(new byte[0], () -> Hostile.run("render", chart(), "-f", "-", "--set", "password=x"));
        assertThat(run.exitCode()).as(run.describe()).isZero();
    }
}
