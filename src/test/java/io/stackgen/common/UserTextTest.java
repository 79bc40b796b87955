package io.stackgen.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackgen.support.Hostile;
import org.junit.jupiter.api.Test;

class UserTextTest {

    @Test
    void redactsEveryPlantedSecretButKeepsOrdinaryKeysAndPaths() {
        for (String secret : Hostile.PLANTED_SECRETS) {
            assertThat(UserText.quotable("password=" + secret + ",next"))
                    .isEqualTo("password=<redacted: " + secret.length() + " characters>,next");
        }
        assertThat(UserText.quotable("linera-validator.validatorImage.repository")).isEqualTo("linera-validator.validatorImage.repository");
        assertThat(UserText.quotable("/tmp/junit5387340972468213741/tls.pem")).isEqualTo("/tmp/junit5387340972468213741/tls.pem");
    }

    @Test
    void keepsToOneShortLine() {
        assertThat(UserText.quotable("a\nb\r\n\tc\u001b[31m\u2028")).isEqualTo("a b \\tc\\u001b[31m\\u2028");
        assertThat(UserText.quotable("k".repeat(200))).hasSize(UserText.MAX_QUOTE).endsWith("…");
        assertThat(UserText.oneLine("word ".repeat(100))).hasSize(UserText.MAX_LINE);
        assertThat(UserText.oneLine(null)).isEmpty();
    }

    @Test
    void foreignTextLosesEveryPlantedSecretAndBase64Credentials() {
        for (String secret : Hostile.PLANTED_SECRETS) {
            assertThat(UserText.redactForeign("token '" + secret + "' rejected")).isEqualTo("token '<redacted>' rejected");
        }
        assertThat(UserText.redactForeign("Authorization: Basic Y2k6Q2FuYXJ5LVBhc3N3MHJkLXE4WnhMMg=="))
                .isEqualTo("Authorization: Basic <redacted>");
    }

    @Test
    void foreignTextKeepsNamesVersionsAndPaths() {
        String text = "MANIFEST_UNKNOWN: linera-validator-0 in charts/linera-validator/templates/shards.yaml "
                + "(apps/v1/Deployment, v1beta1, sha256, 2024-05-01T12:00:00Z, $1)";

        assertThat(UserText.redactForeign(text)).isEqualTo(text);
    }
}
