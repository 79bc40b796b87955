package io.stackgen.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackgen.lint.Finding;
import io.stackgen.lint.LintResult;
import io.stackgen.lint.ObjectRef;
import io.stackgen.lint.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SarifReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaCheck SARIF_SCHEMA = new SchemaCheck("test-fixtures/schemas/sarif-schema-2.1.0.json");
    private final Report sarif = new SarifReport();

    static Stream<Arguments> results() {
        return Stream.of(
                Arguments.of("several results, a suppression, a notice", Sample.several()),
                Arguments.of("rules but no results", Sample.empty()),
                Arguments.of("no rules at all", Sample.nothingAtAll()),
                Arguments.of("odd names and places", oddOne()),
                Arguments.of("external suppression, notices without place", externalSuppression()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("results")
    void validAgainstTheSarifSchema(String name, LintResult result) {
        assertThat(SARIF_SCHEMA.problems(Sample.write(sarif, result))).isEmpty();
    }

    @Test
    void theDriverDescribesEveryRuleForCodeScanning() throws Exception {
        JsonNode run = run(Sample.several());
        JsonNode driver = run.at("/tool/driver");

        assertThat(driver.get("name").asText()).isEqualTo("stackgen");
        assertThat(driver.get("version").asText()).isEqualTo("1.2.3");
        assertThat(driver.get("rules")).extracting(r -> r.get("id").asText())
                .containsExactly("DS01", "SEC02", "HYG07", "HYG11");
        JsonNode ds01 = driver.at("/rules/0");
        assertThat(ds01.get("name").asText()).isEqualTo("SignerWithSeveralReplicasSharingOneKey");
        assertThat(ds01.at("/shortDescription/text").asText()).isEqualTo(Sample.DS01.title());
        assertThat(ds01.at("/fullDescription/text").asText()).isEqualTo(Sample.DS01.rationale());
        assertThat(ds01.at("/help/text").asText()).startsWith("Fix: " + Sample.DS01.fix()).contains("- cosmos-omnibus#317");
        assertThat(ds01.at("/help/markdown").asText()).startsWith("**Fix:** " + Sample.DS01.fix())
                .endsWith("\n- <https://example.org/slashing>\n- cosmos-omnibus#317");
        assertThat(ds01.get("helpUri").asText()).isEqualTo("https://example.org/slashing");
        assertThat(ds01.at("/defaultConfiguration/level").asText()).isEqualTo("error");
        assertThat(ds01.at("/properties/security-severity").asText()).isEqualTo("9.5");
        assertThat(ds01.at("/properties/family").asText()).isEqualTo("DS");
        assertThat(ds01.at("/properties/tags")).extracting(JsonNode::asText).contains("security", "kubernetes");
        JsonNode hyg07 = driver.at("/rules/2");
        assertThat(hyg07.at("/defaultConfiguration/level").asText()).isEqualTo("warning");
        assertThat(hyg07.at("/properties/security-severity").asText()).isEqualTo("5.5");
        assertThat(hyg07.has("helpUri")).isFalse();
        assertThat(driver.at("/rules/3/properties/security-severity").asText()).isEqualTo("2.0");
    }

    @Test
    void resultsPointAtTheirRuleAndCarryLevelRegionAndObject() throws Exception {
        JsonNode run = run(Sample.several());
        JsonNode results = run.get("results");

        assertThat(results).hasSize(5);
        for (JsonNode result : results) {
            String ruleId = result.get("ruleId").asText();
            assertThat(run.at("/tool/driver/rules/" + result.get("ruleIndex").asInt() + "/id").asText()).isEqualTo(ruleId);
        }
        assertThat(results).extracting(r -> r.get("ruleId").asText() + " " + r.get("level").asText())
                .containsExactly("DS01 error", "HYG07 warning", "HYG11 warning", "SEC02 error", "DS01 error");
        JsonNode first = results.get(0);
        assertThat(first.at("/message/text").asText())
                .isEqualTo("StatefulSet/linera/signer: Signer runs 3 replicas that share one key.");
        JsonNode location = first.at("/locations/0");
        assertThat(location.at("/physicalLocation/artifactLocation/uri").asText()).isEqualTo("deploy/prod.yaml");
        assertThat(location.at("/physicalLocation/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
        assertThat(location.at("/physicalLocation/region/startLine").asInt()).isEqualTo(14);
        assertThat(location.at("/physicalLocation/region/startColumn").asInt()).isEqualTo(3);
        assertThat(location.at("/logicalLocations/0/fullyQualifiedName").asText()).isEqualTo("StatefulSet/linera/signer");
        assertThat(location.at("/logicalLocations/1/name").asText()).isEqualTo("spec.replicas");
        assertThat(first.at("/properties/template").asText()).isEqualTo("stack/templates/signer.yaml");
        assertThat(first.at("/properties/object/apiVersion").asText()).isEqualTo("apps/v1");
        assertThat(results.get(1).at("/locations/0/logicalLocations")).hasSize(1);
        assertThat(run.at("/originalUriBaseIds/%SRCROOT%/uri").asText()).isEqualTo("file:///repo/");
        assertThat(run.get("columnKind").asText()).isEqualTo("unicodeCodePoints");
    }

    @Test
    void infoFindingsAreNotes() throws Exception {
        Finding info = Sample.finding(Sample.HYG11, Severity.INFO, Sample.SENDER, "", "a.yaml", 1, 1, "FYI.");
        JsonNode run = run(new LintResult(List.of(Sample.HYG11), List.of(info), List.of(), List.of(), 1));
        assertThat(run.at("/results/0/level").asText()).isEqualTo("note");
    }

    @Test
    void suppressedFindingsAreResultsWithTheirSuppression() throws Exception {
        JsonNode inSource = run(Sample.several()).at("/results/4");
        assertThat(inSource.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("deploy/staging.yaml");
        assertThat(inSource.at("/suppressions/0/kind").asText()).isEqualTo("inSource");
        assertThat(inSource.at("/suppressions/0/justification").asText()).isEqualTo("staging runs a throwaway key");

        JsonNode external = run(externalSuppression()).at("/results/0");
        assertThat(external.at("/suppressions/0/kind").asText()).isEqualTo("external");
        assertThat(external.at("/suppressions/0/justification").asText()).isEqualTo("known, tracked in OPS-12");
        assertThat(run(Sample.several()).at("/results/0").has("suppressions")).isFalse();
    }

    @Test
    void noticesAreToolExecutionNotificationsAtTheirPlace() throws Exception {
        JsonNode invocation = run(Sample.several()).at("/invocations/0");
        assertThat(invocation.get("executionSuccessful").asBoolean()).isTrue();
        JsonNode notice = invocation.at("/toolExecutionNotifications/0");
        assertThat(notice.get("level").asText()).isEqualTo("warning");
        assertThat(notice.at("/message/text").asText()).isEqualTo("suppression of SEC02 matched nothing");
        assertThat(notice.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo(".stackgen.yaml");
        assertThat(notice.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(12);
        assertThat(notice.at("/locations/0/physicalLocation/region/startColumn").asInt()).isEqualTo(5);

        JsonNode placeless = run(externalSuppression()).at("/invocations/0/toolExecutionNotifications/0");
        assertThat(placeless.at("/message/text").asText()).isEqualTo("--config: entry 2 has no reason");
        assertThat(placeless.has("locations")).isFalse();
    }

    @Test
    void artifactUrisAreRelativeToTheWorkingDirectoryAndEscaped() throws Exception {
        JsonNode results = run(oddOne()).get("results");
        assertThat(results).extracting(r -> r.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .containsExactly("dir%20with%20space/%231%25%3Ae%CC%81%C3%A9.yaml", "abs/inside.yaml",
                        "file:///elsewhere/out%20side.yaml", "%3Cstdin%3E");
        assertThat(results.get(2).at("/locations/0/physicalLocation/artifactLocation").has("uriBaseId")).isFalse();
    }

    @Test
    void fingerprintsFollowRuleFileObjectAndFieldButNotTheLine() throws Exception {
        Finding here = Sample.finding(Sample.DS01, Severity.CRITICAL, Sample.SIGNER, "spec.replicas", "p.yaml", 14, 3, "m");
        Finding moved = Sample.finding(Sample.DS01, Severity.CRITICAL, Sample.SIGNER, "spec.replicas", "p.yaml", 90, 7, "m2");
        Finding otherField = Sample.finding(Sample.DS01, Severity.CRITICAL, Sample.SIGNER, "spec.template", "p.yaml", 14, 3, "m");
        Finding otherObject = Sample.finding(Sample.DS01, Severity.CRITICAL,
                new ObjectRef("apps/v1", "StatefulSet", "linera", "signer-2"), "spec.replicas", "p.yaml", 14, 3, "m");
        Finding otherFile = Sample.finding(Sample.DS01, Severity.CRITICAL, Sample.SIGNER, "spec.replicas", "q.yaml", 14, 3, "m");

        List<String> prints = new ArrayList<>();
        for (Finding finding : List.of(here, moved, otherField, otherObject, otherFile)) {
            JsonNode run = run(new LintResult(List.of(Sample.DS01), List.of(finding), List.of(), List.of(), 1));
            prints.add(run.at("/results/0/partialFingerprints/" + SarifReport.FINGERPRINT.replace("/", "~1")).asText());
        }
        assertThat(prints.get(0)).matches("[0-9a-f]{64}").isEqualTo(prints.get(1));
        assertThat(prints.subList(1, 5)).doesNotHaveDuplicates();
    }

    private JsonNode run(LintResult result) throws Exception {
        JsonNode root = JSON.readTree(Sample.write(sarif, result));
        assertThat(root.get("version").asText()).isEqualTo("2.1.0");
        assertThat(root.get("$schema").asText()).isEqualTo(SarifReport.SCHEMA);
        assertThat(root.get("runs")).hasSize(1);
        return root.at("/runs/0");
    }

    private static LintResult oddOne() {
        ObjectRef odd = new ObjectRef("v1", "ConfigMap", "n\"s", "a<b>&c\u0001\n😀");
        List<Finding> findings = List.of(
                Sample.finding(Sample.HYG11, Severity.LOW, odd, "data[\"k,y:z\"]", "dir with space/#1%:e\u0301é.yaml", 3, 2,
                        "Odd \"quotes\", <tags> & a\ttab\r\nand 😀 %0A"),
                Sample.finding(Sample.HYG11, Severity.LOW, odd, "", "/repo/abs/inside.yaml", 1, 1, "m"),
                Sample.finding(Sample.HYG11, Severity.LOW, odd, "", "/elsewhere/out side.yaml", 1, 1, "m"),
                Sample.finding(Sample.HYG11, Severity.LOW, odd, "", "<stdin>", 1, 1, "m"));
        return new LintResult(List.of(Sample.HYG11), findings, List.of(), List.of(), 1);
    }

    private static LintResult externalSuppression() {
        Finding finding = Sample.finding(Sample.SEC02, Severity.CRITICAL, Sample.SENDER, "spec", "a.yaml", 2, 3, "m");
        return new LintResult(List.of(Sample.SEC02), List.of(),
                List.of(new LintResult.Suppressed(finding, "known, tracked in OPS-12", ".stackgen.yaml:4:3")),
                List.of(new LintResult.Notice("--config", "entry 2 has no reason"),
                        new LintResult.Notice("lint.yaml:7", "entry expired on 2024-01-01")), 3);
    }
}
