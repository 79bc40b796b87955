package io.stackgen.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackgen.lint.Finding;
import io.stackgen.lint.LintResult;
import io.stackgen.lint.Redaction;
import io.stackgen.lint.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reports print only what a finding carries, and rules carry a redaction marker instead of the secret: whatever
 * the format adds (escaping, fingerprints, details), a finding whose message is only the marker shows the marker and
 * nothing of the secret.
 */
class RedactionInReportsTest {
    private static final String SECRET = "0x4c0883a69102937d6231471b5dbb6204fe512961708279f0a2b1b1a5e8f3a6b1";

    @Test
    void noFormatShowsMoreThanTheMarker() {
        String marker = Redaction.describe(SECRET);
        Finding finding = Sample.finding(Sample.SEC02, Severity.CRITICAL, Sample.SENDER,
                "spec.template.spec.containers[0].env[0].value", "deploy/a.yaml", 3, 9, marker);
        LintResult result = new LintResult(List.of(Sample.SEC02), List.of(finding),
                List.of(new LintResult.Suppressed(finding, "rotated", ".stackgen.yaml:2:3")), List.of(), 1);

        for (String name : Reports.names()) {
            String out = Sample.write(Reports.byName(name).orElseThrow(), result);
            assertThat(out).as(name).contains("redacted: 66 characters");
            for (int i = 0; i + 8 <= SECRET.length(); i++) {
                assertThat(out).as(name).doesNotContain(SECRET.substring(i, i + 8));
            }
        }
    }
}
