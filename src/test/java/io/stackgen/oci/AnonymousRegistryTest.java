package io.stackgen.oci;

import static io.stackgen.oci.OciTestSupport.artifact;
import static io.stackgen.oci.OciTestSupport.plain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackgen.common.InputException;
import io.stackgen.support.RegistryProcess;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Push and pull against a real docker-registry on loopback, without authentication. */
class AnonymousRegistryTest {
    @RegisterExtension
    static final RegistryProcess REGISTRY = RegistryProcess.anonymous();

    private RegistryClient client(List<String> trace) {
        return RegistryClient.connect(REGISTRY.host(), plain(Optional.empty(), trace));
    }

    private ChartPusher.Pushed push(ChartArtifact artifact, String repository) {
        return ChartPusher.push(client(new ArrayList<>()), OciReference.repository(REGISTRY.oci(repository)), artifact);
    }

    @Test
    void pushThenPullGivesTheSameArchiveWithHelmMediaTypesAndAnnotations() {
        ChartArtifact chart = artifact(ChartKind.HELM_CHART, "demo", "1.2.3", "archive bytes");

        ChartPusher.Pushed pushed = push(chart, "charts");
        ChartPuller.Pulled pulled = ChartPuller.pull(client(new ArrayList<>()),
                OciReference.chart(REGISTRY.oci("charts/demo:1.2.3")));

        assertThat(pushed.reference().toString()).isEqualTo(REGISTRY.host() + "/charts/demo:1.2.3");
        assertThat(pushed.digest()).matches("sha256:[0-9a-f]{64}");
        assertThat(pulled.archive()).isEqualTo(chart.archive());
        assertThat(pulled.kind()).isEqualTo(ChartKind.HELM_CHART);
        assertThat(pulled.digest()).isEqualTo(pushed.digest());
        assertThat(pulled.annotations()).containsEntry("org.opencontainers.image.title", "demo")
                .containsEntry("org.opencontainers.image.version", "1.2.3")
                .containsEntry("org.opencontainers.image.description", "A test chart")
                .containsEntry("org.opencontainers.image.created", "2000-01-01T00:00:00Z");
    }

    @Test
    void theManifestIsAnOciImageManifestWithHelmsConfigAndLayerTypes() throws IOException {
        ChartPusher.Pushed pushed = push(artifact(ChartKind.HELM_CHART, "layout", "0.1.0", "x"), "charts");

        JsonNode manifest = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Files.readAllBytes(REGISTRY.blobFile(pushed.digest())));

        assertThat(manifest.path("schemaVersion").asInt()).isEqualTo(2);
        assertThat(manifest.path("mediaType").asText()).isEqualTo("application/vnd.oci.image.manifest.v1+json");
        assertThat(manifest.path("config").path("mediaType").asText()).isEqualTo("application/vnd.cncf.helm.config.v1+json");
        assertThat(manifest.path("layers")).hasSize(1);
        assertThat(manifest.path("layers").path(0).path("mediaType").asText())
                .isEqualTo("application/vnd.cncf.helm.chart.content.v1.tar+gzip");
        JsonNode config = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Files.readAllBytes(REGISTRY.blobFile(manifest.path("config").path("digest").asText())));
        assertThat(config.toString()).isEqualTo(
                "{\"name\":\"layout\",\"version\":\"0.1.0\",\"description\":\"A test chart\",\"apiVersion\":\"v2\",\"appVersion\":\"1.0\"}");
    }

    @Test
    void aSourceChartCarriesStackgensMediaTypes() {
        push(artifact(ChartKind.STACKGEN_SOURCE, "source", "0.2.0", "source archive"), "src");

        ChartPuller.Pulled pulled = ChartPuller.pull(client(new ArrayList<>()), OciReference.chart(REGISTRY.oci("src/source:0.2.0")));

        assertThat(pulled.kind()).isEqualTo(ChartKind.STACKGEN_SOURCE);
    }

    @Test
    void aSecondPushGivesTheSameDigestAndUploadsNoBlob() {
        ChartArtifact chart = artifact(ChartKind.HELM_CHART, "again", "1.0.0", "same bytes");
        ChartPusher.Pushed first = push(chart, "repeat");
        List<String> trace = new ArrayList<>();

        ChartPusher.Pushed second = ChartPusher.push(client(trace), OciReference.repository(REGISTRY.oci("repeat")), chart);

        assertThat(second.digest()).isEqualTo(first.digest());
        assertThat(trace).noneMatch(line -> line.startsWith("POST"))
                .filteredOn(line -> line.startsWith("HEAD")).hasSize(2).allMatch(line -> line.endsWith("-> 200"));
    }

    @Test
    void aVersionWithBuildMetadataIsTaggedWithAnUnderscoreAndPulledByEitherSpelling() {
        ChartPusher.Pushed pushed = push(artifact(ChartKind.HELM_CHART, "build", "1.0.0+build.7", "b"), "charts");

        assertThat(pushed.reference().tag()).contains("1.0.0_build.7");
        assertThat(ChartPuller.pull(client(new ArrayList<>()), OciReference.chart(REGISTRY.oci("charts/build:1.0.0+build.7"))).digest())
                .isEqualTo(pushed.digest());
        assertThat(ChartPuller.pull(client(new ArrayList<>()), OciReference.chart(REGISTRY.oci("charts/build:1.0.0_build.7"))).digest())
                .isEqualTo(pushed.digest());
    }

    @Test
    void aPinnedDigestIsPulledAndChecked() {
        ChartPusher.Pushed pushed = push(artifact(ChartKind.HELM_CHART, "pinned", "3.0.0", "p"), "charts");

        ChartPuller.Pulled pulled = ChartPuller.pull(client(new ArrayList<>()),
                OciReference.chart(REGISTRY.oci("charts/pinned@" + pushed.digest())));

        assertThat(pulled.digest()).isEqualTo(pushed.digest());
    }

    @Test
    void aMissingTagIsNotFound() {
        push(artifact(ChartKind.HELM_CHART, "present", "1.0.0", "p"), "charts");

        assertThatThrownBy(() -> ChartPuller.pull(client(new ArrayList<>()), OciReference.chart(REGISTRY.oci("charts/present:9.9.9"))))
                .isInstanceOf(InputException.class)
                .hasMessage(REGISTRY.host() + "/charts/present:9.9.9: not found: the registry " + REGISTRY.host()
                        + " has no tag '9.9.9' in charts/present");
    }

    @Test
    void aTamperedChartLayerIsRefused() throws IOException {
        ChartArtifact chart = artifact(ChartKind.HELM_CHART, "tampered", "1.0.0", "original content");
        push(chart, "charts");
        Path layer = REGISTRY.blobFile(Digest.sha256(chart.archive()));
        Files.writeString(layer, "modified content", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ChartPuller.pull(client(new ArrayList<>()), OciReference.chart(REGISTRY.oci("charts/tampered:1.0.0"))))
                .isInstanceOf(InputException.class)
                .hasMessage(REGISTRY.host() + "/charts/tampered:1.0.0: chart layer: digest check failed: expected "
                        + Digest.sha256(chart.archive()) + ", the registry sent "
                        + Digest.sha256("modified content".getBytes(StandardCharsets.UTF_8)) + "; nothing was written");
    }

    @Test
    void aTamperedManifestIsRefused() throws IOException {
        ChartPusher.Pushed pushed = push(artifact(ChartKind.HELM_CHART, "forged", "1.0.0", "f"), "charts");
        Path manifest = REGISTRY.blobFile(pushed.digest());
        Files.writeString(manifest, Files.readString(manifest).replace("A test chart", "A forged chart"));

        assertThatThrownBy(() -> ChartPuller.pull(client(new ArrayList<>()), OciReference.chart(REGISTRY.oci("charts/forged:1.0.0"))))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(REGISTRY.host() + "/charts/forged:1.0.0: digest check failed: the registry says the manifest is "
                        + pushed.digest() + ", but it hashes to sha256:");
    }

    @Test
    void aRegistryThatIsDownIsNamed() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        RegistryClient down = RegistryClient.connect("127.0.0.1:" + port, plain());

        assertThatThrownBy(() -> ChartPuller.pull(down, OciReference.chart("oci://127.0.0.1:" + port + "/charts/x:1.0.0")))
                .isInstanceOf(InputException.class)
                .hasMessage("cannot connect to registry 127.0.0.1:" + port + ": connection refused (is a registry running there?)");
    }

    @Test
    void aRegistryThatNeverAnswersTimesOut() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            List<Socket> accepted = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(silent.accept());
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            String host = "127.0.0.1:" + silent.getLocalPort();
            RegistrySettings oneSecond = new RegistrySettings(true, Duration.ofSeconds(1), Optional.empty(),
                    Path.of("/nonexistent"), line -> { });
            long start = System.nanoTime();

            assertThatThrownBy(() -> ChartPuller.pull(RegistryClient.connect(host, oneSecond), OciReference.chart("oci://" + host + "/charts/x:1.0.0")))
                    .isInstanceOf(InputException.class)
                    .hasMessage("registry " + host + " did not answer within 1 s (--timeout 1)");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void tlsToAPlainHttpRegistryOnLoopbackSuggestsPlainHttp() {
        RegistrySettings https = new RegistrySettings(false, Duration.ofSeconds(5), Optional.empty(), Path.of("/nonexistent"), line -> { });

        assertThatThrownBy(() -> ChartPuller.pull(RegistryClient.connect(REGISTRY.host(), https), OciReference.chart(REGISTRY.oci("charts/x:1.0.0"))))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("TLS connection to registry " + REGISTRY.host() + " failed: ")
                .hasMessageEndingWith("; if this local registry speaks plain HTTP, add --plain-http");
    }
}
