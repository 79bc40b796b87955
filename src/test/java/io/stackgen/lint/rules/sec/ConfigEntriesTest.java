package io.stackgen.lint.rules.sec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigEntriesTest {
    @Test
    void readsJsonLeavesWithTheirLines() {
        String json = """
                {
                  "validator": {"network": {"port": 19100}},
                  "validators": [
                    {"pub_key": {"type": "tendermint/PubKeyEd25519", "value": "UjxD"}}
                  ],
                  "validator_secret": "abc"
                }
                """;

        List<ConfigEntries.Entry> entries = ConfigEntries.parse("server.json", json).orElseThrow();

        assertThat(entries).extracting(ConfigEntries.Entry::dotted, ConfigEntries.Entry::value, ConfigEntries.Entry::line)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("validator.network.port", "19100", 1),
                        org.assertj.core.groups.Tuple.tuple("validators.pub_key.type", "tendermint/PubKeyEd25519", 3),
                        org.assertj.core.groups.Tuple.tuple("validators.pub_key.value", "UjxD", 3),
                        org.assertj.core.groups.Tuple.tuple("validator_secret", "abc", 5));
        assertThat(entries.get(2).name()).isEqualTo("pub_key.value");
    }

    @Test
    void readsYamlLeavesAtTheLineOfTheirKey() {
        String yaml = "signer:\n  type: local\n  keys:\n    - one\n    - two\n  note: |\n    a\n    b\n";

        List<ConfigEntries.Entry> entries = ConfigEntries.parse("signer.yaml", yaml).orElseThrow();

        assertThat(entries).extracting(ConfigEntries.Entry::dotted, ConfigEntries.Entry::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("signer.type", 1),
                        org.assertj.core.groups.Tuple.tuple("signer.keys", 3),
                        org.assertj.core.groups.Tuple.tuple("signer.keys", 4),
                        org.assertj.core.groups.Tuple.tuple("signer.note", 5));
    }

    @Test
    void readsTomlSectionsQuotesCommentsAndInlineTables() {
        String toml = """
                allow-empty-blocks = false
                # private-key = "commented out"
                [persistence]
                private-key-path="/opt/consensys/maru/key"
                [payload-validator]
                engine-api-endpoint = { endpoint = "http://seq:8550", jwt-secret = 'abc' }
                [[destinations]]
                password = "s3cr3t" # trailing comment
                token = plain-value # comment
                "quoted.key" = "v"
                """;

        List<ConfigEntries.Entry> entries = ConfigEntries.parse("config.toml", toml).orElseThrow();

        assertThat(entries).extracting(ConfigEntries.Entry::dotted, ConfigEntries.Entry::value, ConfigEntries.Entry::line)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("allow-empty-blocks", "false", 0),
                        org.assertj.core.groups.Tuple.tuple("persistence.private-key-path", "/opt/consensys/maru/key", 3),
                        org.assertj.core.groups.Tuple.tuple("payload-validator.engine-api-endpoint.endpoint", "http://seq:8550", 5),
                        org.assertj.core.groups.Tuple.tuple("payload-validator.engine-api-endpoint.jwt-secret", "abc", 5),
                        org.assertj.core.groups.Tuple.tuple("destinations.password", "s3cr3t", 7),
                        org.assertj.core.groups.Tuple.tuple("destinations.token", "plain-value", 8),
                        org.assertj.core.groups.Tuple.tuple("destinations.quoted.key", "v", 9));
    }

    @Test
    void readsEnvFilesAndOneLineConfigFilesByTheirExtension() {
        assertThat(ConfigEntries.parse("app.env", "DB_HOST=db\nexport DB_PASS=hunter2\n").orElseThrow())
                .extracting(ConfigEntries.Entry::dotted, ConfigEntries.Entry::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DB_HOST", "db"),
                        org.assertj.core.groups.Tuple.tuple("DB_PASS", "hunter2"));
        assertThat(ConfigEntries.parse("token.toml", "token = \"ghp_x\"")).isPresent();
        assertThat(ConfigEntries.parse("value", "a=b")).isEmpty();
    }

    @Test
    void plainValuesAreNotConfigFiles() {
        assertThat(ConfigEntries.parse("key", "0x08021220c4a4")).isEmpty();
        assertThat(ConfigEntries.parse("ws", "ws://node:secret@host:3000")).isEmpty();
        assertThat(ConfigEntries.parse("words", "monkey sad ozone")).isEmpty();
        assertThat(ConfigEntries.parse("tls.key", "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEE\n-----END EC PRIVATE KEY-----\n")).isEmpty();
        assertThat(ConfigEntries.parse("b64", "aHVudGVyMg==")).isEmpty();
        assertThat(ConfigEntries.parse("empty", "")).isEmpty();
    }
}
