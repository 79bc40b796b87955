package io.stackgen.lint.rules.ds;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackgen.lint.Finding;
import io.stackgen.lint.LintSet;
import io.stackgen.lint.Rule;
import io.stackgen.lint.RuleRunner;
import io.stackgen.manifest.ManifestReader;
import io.stackgen.support.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The DS rules on what the upstream Helm charts render (test-fixtures/reference/renders, namespace validators):
 * exactly these findings, no others. Linera shards and proxies take --shard/--id from the ordinal (no DS01);
 * one validator's shards and proxies share server.json (no DS07); the linea-stack maru and sequencer are signers
 * (maru's config sets private-key-path, the sequencer has --node-private-key-file) but run as single-replica
 * StatefulSets on retained claims, besu is an RPC node under its HPA, and the backup CronJob only reads claims.
 */
class UpstreamRendersDoubleSigningTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            linea-stack/defaults.yaml                            |
            linea-stack/backup-and-secrets.yaml                  |
            linera-block-exporter/two-destinations.yaml          |
            linera-validator/minimal.yaml                        | 143 DS09 LOW StatefulSet/proxy; 278 DS09 LOW StatefulSet/shards
            linera-validator/ingress.yaml                        | 159 DS09 LOW StatefulSet/proxy; 294 DS09 LOW StatefulSet/shards
            linera-validator/gateway-prefixed.yaml               | 253 DS09 LOW StatefulSet/rel-linera-validator-proxy; 390 DS09 LOW StatefulSet/rel-linera-validator-shards
            linera-validator/example-single-node.yaml            | 143 DS09 LOW StatefulSet/proxy; 278 DS09 LOW StatefulSet/shards
            linera-validator/example-gke-production.yaml         | 145 DS09 LOW StatefulSet/proxy; 287 DS09 LOW StatefulSet/shards
            linera-validator/minimal+dedicated-storage+set.yaml  | 143 DS09 LOW StatefulSet/proxy; 278 DS09 LOW StatefulSet/shards
            linera-validator-stack/minimal.yaml                  | 483 DS04 HIGH ScyllaCluster/scylla; 178 DS09 LOW StatefulSet/proxy; 313 DS09 LOW StatefulSet/shards
            linera-validator-stack/with-exporter.yaml            | 719 DS04 HIGH ScyllaCluster/scylla; 418 DS09 LOW StatefulSet/proxy; 553 DS09 LOW StatefulSet/shards
            """)
    void findsExactly(String render, String expected) throws IOException {
        String text = Files.readString(Fixtures.path("reference/renders/" + render));
        LintSet set = LintSet.of(ManifestReader.read(render, text), "validators");
        List<String> found = new ArrayList<>();
        for (Rule rule : DoubleSigningRules.all()) {
            for (Finding f : RuleRunner.run(rule, set)) {
                found.add(f.position().line() + " " + f.ruleId() + " " + f.severity() + " " + f.object().kind() + "/"
                        + f.object().name());
            }
        }
        assertThat(found).as("DS findings in %s", render)
                .containsExactlyElementsOf(expected == null ? List.of() : List.of(expected.split("; ")));
    }
}
