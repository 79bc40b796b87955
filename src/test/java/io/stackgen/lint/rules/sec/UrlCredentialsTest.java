package io.stackgen.lint.rules.sec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlCredentialsTest {
    @Test
    void findsPasswordsInUrls() {
        assertThat(UrlCredentials.password("ws://besu-node:12345@linea-stack-rel-ethstats-svc:3000")).contains("12345");
        assertThat(UrlCredentials.password("--db=postgres://linea:pw-9d2f7a@db:5432/linea")).contains("pw-9d2f7a");
        assertThat(UrlCredentials.password("redis://:hunter2@cache:6379")).contains("hunter2");
    }

    @Test
    void ignoresUsersWithoutPasswordsPublicKeysAndPlaceholders() {
        assertThat(UrlCredentials.password("enode://14408801a444dafc44afbccce2eb755f902aed3b5743fed787b3c790e021fef2"
                + "8b8c827ed896aa4e8fb46e22bd67c39f994a73768b4b382f8597b0d44370e15d@10.11.11.101:30303")).isEmpty();
        assertThat(UrlCredentials.password("https://user@example.com/x")).isEmpty();
        assertThat(UrlCredentials.password("ws://node:${WS_SECRET}@ethstats:3000")).isEmpty();
        assertThat(UrlCredentials.password("ws://node:$(WS_SECRET)@ethstats:3000")).isEmpty();
        assertThat(UrlCredentials.password("http://rpc:8545/path@x")).isEmpty();
        assertThat(UrlCredentials.password("scylladb:tcp:scylla-client.scylla.svc.cluster.local:9042")).isEmpty();
    }

    @Test
    void readsTheEthstatsFormWithAndWithoutScheme() {
        assertThat(UrlCredentials.ethstatsSecret("sequencer-node:s3cr3t@ethstats:3000")).contains("s3cr3t");
        assertThat(UrlCredentials.ethstatsSecret("ws://sequencer-node:s3cr3t@ethstats:3000")).contains("s3cr3t");
        assertThat(UrlCredentials.ethstatsSecret("sequencer-node:${WS_SECRET}@ethstats:3000")).isEmpty();
        assertThat(UrlCredentials.ethstatsSecret("ethstats:3000")).isEmpty();
        assertThat(UrlCredentials.isEthstats("--ethstats")).isTrue();
        assertThat(UrlCredentials.isEthstats("ETHSTATS_URL")).isTrue();
        assertThat(UrlCredentials.isEthstats("stats")).isFalse();
    }
}
