package io.stackgen.lint.rules.sec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretValuesTest {
    @ParameterizedTest
    @ValueSource(strings = {"{{ .Values.password }}", "${DB_PASSWORD}", "$(DB_PASSWORD)", "$DB_PASSWORD",
            "<your-token>", "<path:secret/data/db#password>", "changeme", "CHANGE_ME", "change-me-please", "replace-me",
            "placeholder", "dummy", "stub", "TODO", "REDACTED", "xxxxxxxx", "********", "your-api-key",
            "put-your-token-here", "vault:secret/data/x#key", "ref+vault://secret/x", "ENC[AES256_GCM,data:x]",
            "arn:aws:secretsmanager:eu-west-1:123:secret:x", "projects/p/secrets/key/versions/1"})
    void placeholdersAndStoreReferencesAreNotSecrets(String value) {
        assertThat(SecretValues.isPlaceholder(value)).as(value).isTrue();
        assertThat(SecretValues.isReal(value)).as(value).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "true", "false", "null", "~", "/opt/consensys/maru/key", "./key", "~/.secret",
            "http://rpc:8545", "https://auth.example.com/token"})
    void emptyFlagsPathsAndPlainUrlsAreNotSecrets(String value) {
        assertThat(SecretValues.isReal(value)).as(value).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "hunter2", "password", "secret", "s3cr3t", "ghp_4f8b2c9d1e7a6b5c3d2e1f0a9b8c7d6e5f4a3b2c",
            "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80", "pass word"})
    void weakAndRealValuesAreSecrets(String value) {
        assertThat(SecretValues.isReal(value)).as(value).isTrue();
    }
}
