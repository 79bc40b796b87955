package io.stackgen.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackgen.support.Hostile;
import org.junit.jupiter.api.Test;

class TokenRedactorTest {
    @Test
    void hidesEveryPlantedSecretAndBase64Credentials() {
        for (String secret : Hostile.PLANTED_SECRETS) {
            assertThat(TokenRedactor.redact("token '" + secret + "' rejected")).isEqualTo("token '<redacted>' rejected");
        }
        assertThat(TokenRedactor.redact("Authorization: Basic Y2k6Q2FuYXJ5LVBhc3N3MHJkLXE4WnhMMg=="))
                .isEqualTo("Authorization: Basic <redacted>");
    }

    @Test
    void leavesNamesVersionsAndPathsAlone() {
        String text = "MANIFEST_UNKNOWN: linera-validator-0 in charts/linera-validator/templates/shards.yaml "
                + "(apps/v1/Deployment, v1beta1, sha256, 2024-05-01T12:00:00Z, $1)";

        assertThat(TokenRedactor.redact(text)).isEqualTo(text);
    }
}
