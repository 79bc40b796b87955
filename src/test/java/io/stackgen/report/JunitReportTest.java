package io.stackgen.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackgen.lint.Finding;
import io.stackgen.lint.LintResult;
import io.stackgen.lint.ObjectRef;
import io.stackgen.lint.Severity;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.surefire.log.api.ConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.junit.jupiter.api.Test;

/** The junit report as Maven Surefire's own report parser (what Maven's site reports use) reads it. */
class JunitReportTest {
    private final Report junit = new JunitReport();
    private final List<String> parserComplaints = new ArrayList<>();

    @Test
    void oneSuitePerRuleWithFindingsAsFailuresAndSuppressionsAsSkipped() throws Exception {
        List<ReportTestSuite> suites = parse(Sample.write(junit, Sample.several()));

        assertThat(suites).extracting(ReportTestSuite::getFullClassName).containsExactly(
                "stackgen.DS01", "stackgen.SEC02", "stackgen.HYG07", "stackgen.HYG11", "stackgen.configuration");
        assertThat(suites).extracting(s -> s.getNumberOfTests() + "/" + s.getNumberOfFailures() + "/"
                        + s.getNumberOfSkipped() + "/" + s.getNumberOfErrors())
                .containsExactly("2/1/1/0", "1/1/0/0", "1/1/0/0", "1/1/0/0", "1/0/0/0");

        ReportTestSuite ds01 = suites.get(0);
        ReportTestCase failed = ds01.getTestCases().get(0);
        assertThat(failed.getName()).isEqualTo("StatefulSet/linera/signer spec.replicas");
        assertThat(failed.hasFailure()).isTrue();
        assertThat(failed.getFailureMessage()).isEqualTo("Signer runs 3 replicas that share one key.");
        assertThat(failed.getFailureType()).isEqualTo("CRITICAL");
        assertThat(failed.getFailureDetail()).contains(
                "deploy/prod.yaml:14:3: CRITICAL DS01 Signer with several replicas sharing one key",
                "object: StatefulSet/linera/signer (apps/v1)", "path: spec.replicas",
                "template: stack/templates/signer.yaml",
                "fix: Run the signer with replicas: 1, or give each replica its own key.");
        ReportTestCase skipped = ds01.getTestCases().get(1);
        assertThat(skipped.hasSkipped()).isTrue();
        assertThat(skipped.getFailureMessage()).isEqualTo("suppressed: staging runs a throwaway key");

        assertThat(suites.get(2).getTestCases().get(0).getName()).isEqualTo("PodDisruptionBudget/linea/maru");
        ReportTestCase notice = suites.get(4).getTestCases().get(0);
        assertThat(notice.getName()).isEqualTo(".stackgen.yaml:12:5");
        assertThat(notice.isSuccessful()).isTrue();
        assertThat(parserComplaints).isEmpty();
    }

    @Test
    void rulesWithoutFindingsArePassingCases() throws Exception {
        List<ReportTestSuite> suites = parse(Sample.write(junit, Sample.empty()));

        assertThat(suites).hasSize(2);
        assertThat(suites).allSatisfy(s -> {
            assertThat(s.getNumberOfTests()).isEqualTo(1);
            assertThat(s.getNumberOfFailures()).isZero();
            assertThat(s.getTestCases()).singleElement().satisfies(c -> assertThat(c.isSuccessful()).isTrue());
        });
        assertThat(suites.get(0).getTestCases().get(0).getName())
                .isEqualTo("DS01 Signer with several replicas sharing one key");
        assertThat(parserComplaints).isEmpty();
    }

    @Test
    void aRunWithNoRulesIsAnEmptyDocument() throws Exception {
        String xml = Sample.write(junit, Sample.nothingAtAll());
        assertThat(parse(xml)).isEmpty();
        assertThat(xml).contains("<testsuites name=\"stackgen lint\" tests=\"0\" failures=\"0\" errors=\"0\"");
    }

    @Test
    void totalsOnTheRootAddUp() {
        assertThat(Sample.write(junit, Sample.several())).startsWith("""
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuites name="stackgen lint" tests="6" failures="4" errors="0" skipped="1" time="0">
                  <testsuite name="stackgen.DS01" tests="2" failures="1" errors="0" skipped="1" time="0">
                    <properties>
                      <property name="title" value="Signer with several replicas sharing one key"/>""");
    }

    @Test
    void markupQuotesControlCharactersAndEmojiAreEscapedNotBreakingTheDocument() throws Exception {
        String name = "a<b>&\"c' ]]> \u0001\uFFFE 😀";
        ObjectRef odd = new ObjectRef("v1", "ConfigMap", "ns", name);
        Finding finding = Sample.finding(Sample.HYG11, Severity.LOW, odd, "data[\"x&y\"]", "d&ir/<f>.yaml", 2, 1,
                "</failure><injected/> & \u0007bell 😀");
        String xml = Sample.write(junit, new LintResult(List.of(Sample.HYG11), List.of(finding), List.of(), List.of(), 1));

        assertThat(xml).doesNotContain("<injected/>", "\u0001", "\u0007");
        ReportTestCase parsed = parse(xml).get(0).getTestCases().get(0);
        String expectedName = "ConfigMap/ns/a<b>&\"c' ]]> \\u0001\\ufffe 😀 data[\"x&y\"]";
        assertThat(parsed.getName()).isEqualTo(expectedName);
        assertThat(parsed.getFailureMessage()).isEqualTo("</failure><injected/> & \\u0007bell 😀");
        assertThat(parsed.getFailureDetail()).contains("d&ir/<f>.yaml:2:1", "message: </failure><injected/>");
    }

    private List<ReportTestSuite> parse(String xml) throws Exception {
        ConsoleLogger logger = new CollectingLogger(parserComplaints);
        return new TestSuiteXmlParser(logger).parse(
                new InputStreamReader(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8));
    }

    /** Keeps the parser's warnings and errors so a test can require that there are none. */
    private record CollectingLogger(List<String> complaints) implements ConsoleLogger {
        @Override
        public boolean isDebugEnabled() {
            return false;
        }

        @Override
        public void debug(String message) {
        }

        @Override
        public boolean isInfoEnabled() {
            return false;
        }

        @Override
        public void info(String message) {
        }

        @Override
        public boolean isWarnEnabled() {
            return true;
        }

        @Override
        public void warning(String message) {
            complaints.add(message);
        }

        @Override
        public boolean isErrorEnabled() {
            return true;
        }

        @Override
        public void error(String message) {
            complaints.add(message);
        }

        @Override
        public void error(String message, Throwable t) {
            complaints.add(message + ": " + t);
        }

        @Override
        public void error(Throwable t) {
            complaints.add(String.valueOf(t));
        }
    }
}
