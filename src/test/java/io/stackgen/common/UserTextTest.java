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
}
