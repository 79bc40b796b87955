package io.stackgen.hostile;

import static io.stackgen.hostile.HostileRegistry.bytes;
import static io.stackgen.hostile.HostileRegistry.silence;
import static io.stackgen.hostile.HostileRegistry.status;
import static io.stackgen.hostile.HostileRegistry.trickle;
import static org.assertj.core.api.Assertions.assertThat;

import io.stackgen.oci.ChartKind;
import io.stackgen.packaging.RawArchive;
import io.stackgen.support.Hostile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Registries that answer with errors, lies, slowly or not at all, met through {@code stackgen pull} and
 * {@code render oci://}: one line each, within the timeout, never the error body whole (it may carry a token), and
 * nothing written to -d / -o.
 */
class HostileRegistryTest {
    private static final String TOKEN = Hostile.PLANTED_SECRETS.get(3);
    private static final String PASSWORD = Hostile.PLANTED_SECRETS.get(0);

    @TempDir
    Path temp;

    private HostileRegistry registry;

    @BeforeEach
    void start() throws IOException {
        registry = new HostileRegistry(RawArchive.chart().file("demo/values.yaml", "a: 1\n").tgz(), ChartKind.HELM_CHART);
    }

    @AfterEach
    void stop() {
        registry.close();
    }

    private Path out() {
        return temp.resolve("out");
    }

    /** {@code pull REF --plain-http --timeout 1 -d out}: fails, and out does not come into being. */
    private Hostile.Outcome pull() {
        Hostile.Outcome outcome = Hostile.run("pull", registry.reference(), "--plain-http", "--timeout", "1",
                "-d", out().toString()).fails(2);
        assertThat(out()).doesNotExist();
        return outcome;
    }

    /** Runs {@code run} with {@code input} as standard input (for --password-stdin). */
    static synchronized <T> T withStdin(String input, Supplier<T> run) {
        InputStream original = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return run.get();
        } finally {
            System.setIn(original);
        }
    }

    private String host() {
        return registry.host();
    }

    @Test
    void thePulledChartArrivesWhenTheRegistryBehaves() throws IOException {
        Hostile.Outcome run = Hostile.run("pull", registry.reference(), "--plain-http", "-d", out().toString());

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(OutputFixture.listing(out())).containsExactly("demo-1.0.0.tgz");
    }

    @Test
    void unauthorizedWithATokenInTheBodyDoesNotEchoTheBody() {
        registry.onManifest((exchange, r) -> {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"" + TOKEN + "\"");
            HostileRegistry.send(exchange, 401, "application/json", ("{\"errors\":[{\"code\":\"UNAUTHORIZED\","
                    + "\"message\":\"token " + TOKEN + " expired\"}]}").getBytes(StandardCharsets.UTF_8));
        });

        pull().says("registry " + host() + " requires authentication to pull from charts/demo");
    }

    @Test
    void forbiddenWithATokenInTheBodyShowsTheCodeAndHidesTheToken() {
        registry.onManifest(status(403, "application/json",
                "{\"errors\":[{\"code\":\"DENIED\",\"message\":\"requested access to the resource is denied for " + TOKEN + "\"}]}"));

        Hostile.Outcome outcome = withStdin(PASSWORD + "\n", () -> Hostile.run("pull", registry.reference(), "--plain-http",
                "-d", out().toString(), "--username", "ci", "--password-stdin").fails(2));

        outcome.says("registry " + host() + " refused pull from charts/demo for user 'ci' (from --username): "
                + "403 Forbidden: DENIED: requested access to the resource is denied for <redacted>");
        assertThat(out()).doesNotExist();
    }

    @Test
    void notFoundSaysWhatIsMissing() {
        registry.onManifest(status(404, "application/json",
                "{\"errors\":[{\"code\":\"MANIFEST_UNKNOWN\",\"message\":\"manifest unknown\"}]}"));

        pull().says(host() + "/charts/demo:1.0.0: not found: the registry " + host() + " has no tag '1.0.0' in charts/demo");
    }

    @Test
    void aServerErrorPageIsNeverEchoed() {
        registry.onManifest(status(500, "text/html; charset=utf-8",
                "<html><body><h1>Internal error</h1><pre>Authorization: Bearer " + TOKEN + "</pre></body></html>"));

        pull().says("registry " + host() + " failed fetching the manifest charts/demo:1.0.0: 500 Internal Server Error: "
                + "an HTML page of ", " bytes, not shown");
    }

    @Test
    void anHtmlPageWithoutContentTypeIsRecognisedAndNotEchoed() {
        registry.onManifest(status(502, "", "<!DOCTYPE html><title>proxy</title>" + PASSWORD));

        pull().says("502 Bad Gateway: an HTML page of ", " bytes, not shown");
    }

    @Test
    void tooManyRequestsWithAPlainBodyShowsOnlyItsSize() {
        registry.onManifest(status(429, "text/plain", "slow down, " + PASSWORD + "\n".repeat(3)));

        pull().says("429 Too Many Requests: a body of ", " bytes (text/plain), not shown");
    }

    @Test
    void aManifestThatTricklesInPastTheTimeoutIsGivenUpOn() {
        registry.onManifest(trickle());

        pull().says("registry " + host() + " did not answer within 1 s (--timeout 1)");
    }

    @Test
    void aRegistryThatNeverAnswersIsGivenUpOn() {
        registry.onManifest(silence());

        pull().says("registry " + host() + " did not answer within 1 s (--timeout 1)");
    }

    @Test
    void aLayerThatNeverArrivesAfterTheManifestWritesNothing() {
        registry.onLayer(silence());

        pull().says("registry " + host() + " did not answer within 1 s (--timeout 1)");
    }

    @Test
    void aServerErrorMidPullWritesNothingAndKeepsWhatWasThere() throws IOException {
        Files.createDirectories(out());
        Files.writeString(out().resolve("demo-1.0.0.tgz"), "previous");
        registry.onLayer(status(500, "application/json", "{\"errors\":[{\"code\":\"UNKNOWN\",\"message\":\"disk full\"}]}"));

        Hostile.run("pull", registry.reference(), "--plain-http", "-d", out().toString()).fails(2)
                .says("registry " + host() + " failed fetching blob " + registry.layerDigest()
                        + " from charts/demo: 500 Internal Server Error: UNKNOWN: disk full");
        assertThat(out().resolve("demo-1.0.0.tgz")).hasContent("previous");
        assertThat(OutputFixture.listing(out())).containsExactly("demo-1.0.0.tgz");
    }

    @Test
    void aManifestThatIsNotWhatTheRegistrySaysItIsIsRefused() {
        registry.onManifest((exchange, r) -> {
            exchange.getResponseHeaders().set("Docker-Content-Digest", "sha256:" + "0".repeat(64));
            HostileRegistry.send(exchange, 200, ChartKind.IMAGE_MANIFEST, r.manifest());
        });

        pull().says(":1.0.0: digest check failed: the registry says the manifest is sha256:" + "0".repeat(64)
                + ", but it hashes to " + registry.manifestDigest() + "; nothing was written");
    }

    @Test
    void aManifestThatDoesNotMatchThePinnedDigestIsRefused() {
        String pinned = "oci://" + host() + "/charts/demo@sha256:" + "1".repeat(64);

        Hostile.run("pull", pinned, "--plain-http", "-d", out().toString()).fails(2)
                .says("@sha256:" + "1".repeat(64) + ": digest check failed: the registry sent a manifest hashing to "
                        + registry.manifestDigest() + "; nothing was written");
        assertThat(out()).doesNotExist();
    }

    @Test
    void aLayerWhoseBytesDoNotMatchItsDigestIsRefused() {
        byte[] other = RawArchive.chart().file("demo/values.yaml", "a: 2\n").tgz();
        registry.onLayer(bytes("application/octet-stream", other));

        pull().says(":1.0.0: chart layer", registry.layerDigest());
    }

    @Test
    void renderFromARegistryThatFailsWritesNoOutput() {
        registry.onLayer(trickle());

        Hostile.run("render", registry.reference(), "--plain-http", "--timeout", "1", "-o", out().toString()).fails(2)
                .says("registry " + host() + " did not answer within 1 s (--timeout 1)");
        assertThat(out()).doesNotExist();
    }
}
