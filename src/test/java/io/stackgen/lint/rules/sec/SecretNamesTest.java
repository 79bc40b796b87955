package io.stackgen.lint.rules.sec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretNamesTest {
    @ParameterizedTest
    @ValueSource(strings = {"PRIVATE_KEY", "privateKey", "db_password", "WS_SECRET", "MNEMONIC", "GITHUB_TOKEN",
            "api-key", "apiKey", "clientSecret", "JWTSecret", "secret_access_key", "validator_secret", "db_pass",
            "passphrase", "node-private-key", "customNodeKey", "PRIVATE_KEY_HEX", "seed_phrase", "priv_key.value",
            "priv_validator_key.json", "secrets.json", "password.txt", "rpc-http-authentication-password"})
    void secretWordsAtTheEndOfANameMakeItSecret(String name) {
        assertThat(SecretNames.isSecretLike(name)).as(name).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"bypass-cache", "bypass", "passive", "compass", "password_file", "PRIVATE_KEY_PATH",
            "PRIVATE_KEY_FILE", "SECRET_NAME", "secretName", "p2pKeySecretName", "jwt-secret-path", "TOKEN_URL",
            "tokenUrl", "TO_ADDRESS", "signer_address", "token_expiry", "max_tokens", "engine-jwt-disabled",
            "clientSecretRef", "key", "public_key", "pub_key.value", "access_key_id", "seed", "seed_mode",
            "private-key-path", "keystore", "node-private-key-file", "AMOUNT_WEI", "ethstats"})
    void otherNamesAreNotSecret(String name) {
        assertThat(SecretNames.isSecretLike(name)).as(name).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"key", "nodekey", "node.key", "validator_key.hex", "signer-key", "signer", "SEED",
            "validator", "PRIVATE_KEY", "validator_secret", "priv_key"})
    void keyLikeNamesMakeA64HexValueAKeyCandidate(String name) {
        assertThat(SecretNames.isKeyLike(name)).as(name).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"parentHash", "mixHash", "stateRoot", "genesis_validators_root", "public_key", "pubkey",
            "validator_pubkey", "pub_key.value", "key_path", "signer_address", "validator_count", "deploymentTx",
            "plugin-linea-l1l2-bridge-topic", "verification_key"})
    void hashAndPublicKeyNamesAreNotKeyLike(String name) {
        assertThat(SecretNames.isKeyLike(name)).as(name).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"p2pKeySecretName:p2p key secret name", "WS_SECRET:ws secret", "JWTSecret:jwt secret",
            "node.customNodeKey:node custom node key", "l1l2-bridge:l1l2 bridge", "--private-key:private key"})
    void namesAreCutIntoWords(String nameAndWords) {
        String[] parts = nameAndWords.split(":");
        assertThat(SecretNames.words(parts[0])).containsExactly(parts[1].split(" "));
    }
}
