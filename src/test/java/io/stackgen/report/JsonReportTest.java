package io.stackgen.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackgen.lint.Finding;
import io.stackgen.lint.LintResult;
import io.stackgen.lint.ObjectRef;
import io.stackgen.lint.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaCheck SCHEMA = new SchemaCheck("schemas/lint-report.schema.json");
    private final Report json = new JsonReport();

    @Test
    void findingsCarryRuleObjectPathLocationMessageAndFix() throws Exception {
        String out = Sample.write(json, Sample.several());
        JsonNode root = JSON.readTree(out);

        assertThat(SCHEMA.problems(out)).isEmpty();
        assertThat(root.get("version").asInt()).isEqualTo(1);
        assertThat(root.at("/tool/version").asText()).isEqualTo("1.2.3");
        assertThat(root.get("findings")).extracting(f -> f.get("rule").asText())
                .containsExactly("DS01", "HYG07", "HYG11", "SEC02");
        JsonNode first = root.at("/findings/0");
        assertThat(JSON.writeValueAsString(first)).isEqualTo(JSON.writeValueAsString(JSON.readTree("""
                {"rule": "DS01", "title": "Signer with several replicas sharing one key", "severity": "critical",
                 "object": {"apiVersion": "apps/v1", "kind": "StatefulSet", "namespace": "linera", "name": "signer"},
                 "path": "spec.replicas",
                 "location": {"file": "deploy/prod.yaml", "line": 14, "column": 3,
                              "template": "stack/templates/signer.yaml"},
                 "message": "Signer runs 3 replicas that share one key.",
                 "fix": "Run the signer with replicas: 1, or give each replica its own key."}
                """)));
        assertThat(root.at("/findings/1/path").asText()).isEmpty();
        assertThat(root.at("/findings/1/location/template").isNull()).isTrue();
    }

    @Test
    void suppressedFindingsKeepTheirReasonAndNoticesAreListed() throws Exception {
        JsonNode root = JSON.readTree(Sample.write(json, Sample.several()));

        assertThat(root.at("/suppressed/0/location/file").asText()).isEqualTo("deploy/staging.yaml");
        assertThat(root.at("/suppressed/0/suppression/reason").asText()).isEqualTo("staging runs a throwaway key");
        assertThat(root.at("/suppressed/0/suppression/by").asText()).startsWith("lint.stackgen.io/ignore.DS01");
        assertThat(root.at("/notices/0/where").asText()).isEqualTo(".stackgen.yaml:12:5");
        assertThat(root.at("/summary").toString()).isEqualTo(
                "{\"objects\":12,\"findings\":4,\"suppressed\":1,\"notices\":1,"
                        + "\"bySeverity\":{\"critical\":1,\"high\":1,\"medium\":1,\"low\":1,\"info\":0}}");
    }

    @Test
    void anEmptyRunIsAValidDocumentWithEmptyLists() throws Exception {
        String out = Sample.write(json, Sample.nothingAtAll());
        JsonNode root = JSON.readTree(out);

        assertThat(SCHEMA.problems(out)).isEmpty();
        assertThat(root.get("findings")).isEmpty();
        assertThat(root.get("suppressed")).isEmpty();
        assertThat(root.get("notices")).isEmpty();
        assertThat(root.at("/summary/findings").asInt()).isZero();
        assertThat(out).endsWith("}\n");
    }

    @Test
    void oddCharactersSurviveTheRoundTrip() throws Exception {
        String name = "a\"b\\c\u0001\n\u2028é😀</script>";
        Finding finding = Sample.finding(Sample.HYG11, Severity.LOW, new ObjectRef("v1", "ConfigMap", "n s", name),
                "data[\"x.y\"]", "dir with space/#1.yaml", 1, 1, name);
        String out = Sample.write(json, new LintResult(List.of(Sample.HYG11), List.of(finding), List.of(), List.of(), 1));

        assertThat(SCHEMA.problems(out)).isEmpty();
        JsonNode root = JSON.readTree(out);
        assertThat(root.at("/findings/0/object/name").asText()).isEqualTo(name);
        assertThat(root.at("/findings/0/message").asText()).isEqualTo(name);
        assertThat(root.at("/findings/0/path").asText()).isEqualTo("data[\"x.y\"]");
        assertThat(root.at("/findings/0/location/file").asText()).isEqualTo("dir with space/#1.yaml");
    }

    @Test
    void outputIsByteStable() {
        assertThat(Sample.write(json, Sample.several())).isEqualTo(Sample.write(json, Sample.several()));
    }
}
