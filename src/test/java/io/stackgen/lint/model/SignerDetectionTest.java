package io.stackgen.lint.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackgen.lint.LintSet;
import io.stackgen.manifest.ManifestReader;
import io.stackgen.support.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignerDetectionTest {

    /** The role evidence of the only workload in {@code yaml}. */
    private static Optional<RoleEvidence> classify(String yaml) {
        LintSet set = LintSet.of(ManifestReader.read("test.yaml", yaml), "default");
        assertThat(set.workloads()).hasSize(1);
        return set.workloads().get(0).role();
    }

    private static String signal(String yaml) {
        Optional<RoleEvidence> role = classify(yaml);
        assertThat(role).as("a role for %s", yaml).isPresent();
        assertThat(role.get().role()).isEqualTo(Role.SIGNER);
        return role.get().signal();
    }

    private static String deployment(String annotations, String podSpec) {
        return """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: w
                %s
                spec:
                  template:
                    spec:
                %s
                """.formatted(annotations.indent(2).stripTrailing(), podSpec.indent(6).stripTrailing());
    }

    private static String container(String image, String args) {
        return deployment("", """
                containers:
                  - name: c
                    image: %s
                    args: %s
                """.formatted(image, args));
    }

    @Nested
    class Annotation {
        @Test
        void saysSignerWhereNothingElseWould() {
            String yaml = deployment("annotations: {stackgen.io/role: signer}", "containers: [{name: c, image: busybox}]");
            assertThat(signal(yaml)).isEqualTo("annotation stackgen.io/role=signer");
        }

        @Test
        void saysNotASignerOverAKnownSignerImageAndKeyFile() {
            String yaml = deployment("annotations: {stackgen.io/role: rpc}", """
                    containers:
                      - name: c
                        image: hyperledger/besu:24.1
                        args: ["--node-private-key-file=/keys/key"]
                      - name: m
                        image: consensys/maru:1
                    """);
            Optional<RoleEvidence> role = classify(yaml);
            assertThat(role).contains(new RoleEvidence(Role.RPC, "annotation stackgen.io/role=rpc"));
        }

        @Test
        void onThePodTemplateCountsToo() {
            String yaml = """
                    apiVersion: apps/v1
                    kind: StatefulSet
                    metadata: {name: w}
                    spec:
                      template:
                        metadata:
                          annotations: {stackgen.io/role: signer-sidecar}
                        spec:
                          containers: [{name: c, image: busybox}]
                    """;
            assertThat(classify(yaml)).contains(new RoleEvidence(Role.SIGNER_SIDECAR,
                    "annotation stackgen.io/role=signer-sidecar"));
        }

        @Test
        void aValueThatNamesNoRoleIsNoAnswer() {
            String yaml = deployment("annotations: {stackgen.io/role: validator}", """
                    containers: [{name: c, image: consensys/web3signer:25.1}]
                    """);
            assertThat(signal(yaml)).isEqualTo("image consensys/web3signer");
        }
    }

    @Nested
    class KeyFile {
        @Test
        void lineraServerJsonMountedFromASecretItem() {
            String yaml = deployment("", """
                    containers:
                      - name: c
                        image: linera
                        command: ["sh", "-c", "exec /linera-server run --server /config/server.json"]
                        volumeMounts: [{name: config, mountPath: /config}]
                    volumes:
                      - name: config
                        secret:
                          secretName: validator-config
                          items: [{key: serverConfig, path: server.json}]
                    """);
            assertThat(signal(yaml)).isEqualTo("mounts server.json from Secret validator-config (Linera validator key)");
        }

        @Test
        void lineraServerJsonNamedInArgs() {
            assertThat(signal(container("linera", "[\"/config/server.json\"]")))
                    .isEqualTo("args name /config/server.json (Linera validator key)");
        }

        @Test
        void besuNodeKeyMakesTheLineaSequencer() {
            assertThat(signal(container("consensys/linea-besu-package:1", "[\"--node-private-key-file=/var/lib/besu/key\"]")))
                    .isEqualTo("args --node-private-key-file=/var/lib/besu/key (Besu node key)");
        }

        @Test
        void maruKeyPathInAMountedConfigMap() {
            String yaml = """
                    apiVersion: v1
                    kind: ConfigMap
                    metadata: {name: maru-config}
                    data:
                      config.toml: |
                        [persistence]
                        private-key-path="/keys/maru"
                    ---
                    """ + deployment("", """
                    containers:
                      - name: c
                        image: example/java-node:1
                        volumeMounts: [{name: config, mountPath: /etc/maru/config.toml, subPath: config.toml}]
                    volumes:
                      - {name: config, configMap: {name: maru-config}}
                    """);
            LintSet set = LintSet.of(ManifestReader.read("test.yaml", yaml), "default");
            assertThat(set.workloads().get(0).role()).contains(new RoleEvidence(Role.SIGNER,
                    "mounts config.toml from ConfigMap maru-config, which sets private-key-path=/keys/maru"
                            + " (maru validator and P2P key)"));
        }

        @Test
        void maruKeyPathInArgs() {
            assertThat(signal(container("example/java-node:1", "[\"--private-key-path=/keys/maru\"]")))
                    .isEqualTo("args --private-key-path=/keys/maru (maru validator and P2P key)");
        }

        @Test
        void cometbftValidatorKeyMountedWithSubPath() {
            String yaml = deployment("", """
                    containers:
                      - name: c
                        image: example/gaiad:1
                        volumeMounts: [{name: k, mountPath: /home/.gaia/config/priv_validator_key.json, subPath: priv_validator_key.json}]
                    volumes:
                      - {name: k, secret: {secretName: validator-key}}
                    """);
            assertThat(signal(yaml)).isEqualTo(
                    "mounts priv_validator_key.json from Secret validator-key (CometBFT validator key)");
        }

        @Test
        void horcruxShard() {
            String yaml = deployment("", """
                    containers:
                      - name: c
                        image: example/signer:1
                        volumeMounts: [{name: shard, mountPath: /home/.horcrux/cosmoshub-4_shard.json, subPath: cosmoshub-4_shard.json}]
                    volumes:
                      - {name: shard, secret: {secretName: cosigner-1}}
                    """);
            assertThat(signal(yaml)).isEqualTo("mounts cosmoshub-4_shard.json from Secret cosigner-1 (horcrux key shard)");
        }

        @Test
        void validatorClientKeystores() {
            assertThat(signal(container("consensys/teku:24", "[\"--validator-keys=/keys:/passwords\"]")))
                    .isEqualTo("args --validator-keys=/keys:/passwords (validator keystores)");
        }

        @Test
        void web3signerKeyStore() {
            assertThat(signal(container("example/signer:1", "[\"--key-store-path\", \"/keys\"]")))
                    .isEqualTo("args --key-store-path=/keys (web3signer key store)");
        }

        @Test
        void aP2pNodeKeyAloneDoesNotSign() {
            String yaml = deployment("", """
                    containers:
                      - name: c
                        image: example/gaiad:1
                        volumeMounts: [{name: k, mountPath: /home/.gaia/config/node_key.json, subPath: node_key.json}]
                    volumes:
                      - {name: k, secret: {secretName: sentry-node-key}}
                    """);
            assertThat(classify(yaml)).isEmpty();
        }
    }

    @Nested
    class Image {
        @ParameterizedTest
        @ValueSource(strings = {
                "linera/linera:1|[\"sh\", \"-c\", \"exec /linera-proxy --id 0 cfg\"]|runs linera-proxy",
                "consensys/maru:0f6dc85|[]|image consensys/maru",
                "ghcr.io/strangelove-ventures/horcrux:v3|[\"start\"]|image ghcr.io/strangelove-ventures/horcrux",
                "iqlusion/tmkms:0.14|[]|image iqlusion/tmkms",
                "sigp/lighthouse:v5|[\"lighthouse\", \"vc\", \"--network\", \"mainnet\"]|runs lighthouse vc",
                "sigp/lighthouse:v5|[\"vc\"]|runs lighthouse vc",
                "consensys/teku:24|[\"validator-client\"]|runs teku validator-client",
                "gcr.io/prysmaticlabs/prysm/validator:v5|[]|image gcr.io/prysmaticlabs/prysm/validator (prysm validator)",
                "anza/agave:2|[\"agave-validator\", \"--ledger\", \"/ledger\"]|runs agave-validator",
        })
        void knownSigners(String row) {
            String[] parts = row.split("\\|");
            assertThat(signal(container(parts[0], parts[1]))).isEqualTo(parts[2]);
        }
    }

    @Nested
    class NotSigners {
        @ParameterizedTest
        @ValueSource(strings = {
                "hyperledger/besu:24|[\"--rpc-http-enabled\", \"--bootnodes=enode://ab@1.2.3.4:30303\"]",
                "consensys/linea-ethstats-server:7422b2a|[]",
                "registry.example.com/linera/linera-exporter:0.13.0|[\"/linera-exporter\", \"run\"]",
                "postgres:16|[]",
                "scylladb/scylla:6|[]",
                "sigp/lighthouse:v5|[\"lighthouse\", \"bn\", \"--datadir\", \"/data/validator\"]",
                "linera/linera:1|[\"sh\", \"-c\", \"/linera storage check-existence --storage scylladb:tcp:s:9042\"]",
        })
        void areNotSigners(String row) {
            String[] parts = row.split("\\|");
            assertThat(classify(container(parts[0], parts[1]))).isEmpty();
        }
    }

    @Nested
    class UpstreamRenders {
        private Map<String, String> signals(String render) throws IOException {
            String text = Files.readString(Fixtures.path("reference/renders/" + render));
            LintSet set = LintSet.of(ManifestReader.read(render, text), "validators");
            Map<String, String> signals = new TreeMap<>();
            for (Workload workload : set.workloads()) {
                signals.put(workload.kind() + "/" + workload.object().name(),
                        workload.isSigner() ? workload.role().orElseThrow().signal() : "not a signer");
            }
            return signals;
        }

        @Test
        void lineaStack() throws IOException {
            assertThat(signals("linea-stack/defaults.yaml")).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                    "Deployment/linea-stack-rel-ethstats", "not a signer",
                    "Deployment/linea-stack-rel-tx-sender", "not a signer",
                    "StatefulSet/linea-stack-rel-besu", "not a signer",
                    "StatefulSet/linea-stack-rel-maru", "mounts config.toml from ConfigMap linea-stack-rel-maru-config,"
                            + " which sets private-key-path=/opt/consensys/maru/key (maru validator and P2P key)",
                    "StatefulSet/linea-stack-rel-sequencer",
                    "args --node-private-key-file=/var/lib/besu/key (Besu node key)")));
        }

        @Test
        void lineraValidatorWithExporter() throws IOException {
            assertThat(signals("linera-validator-stack/with-exporter.yaml")).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                    "Pod/rel-linera-block-exporter-test-connection", "not a signer",
                    "Pod/rel-linera-validator-test-connection", "not a signer",
                    "StatefulSet/rel-linera-block-exporter", "not a signer",
                    "StatefulSet/proxy", "mounts server.json from Secret validator-config (Linera validator key)",
                    "StatefulSet/shards", "mounts server.json from Secret validator-config (Linera validator key)")));
        }
    }
}
