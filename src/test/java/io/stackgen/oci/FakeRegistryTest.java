package io.stackgen.oci;

import static io.stackgen.oci.OciTestSupport.plain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.stackgen.common.InputException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Registry behaviour a well-behaved docker-registry never shows: redirects to storage, lies, wrong content. */
class FakeRegistryTest {
    private static final byte[] ARCHIVE = "chart archive".getBytes(StandardCharsets.UTF_8);
    private static final byte[] CONFIG = "{\"name\":\"x\"}".getBytes(StandardCharsets.UTF_8);
    private static final Credentials USER = new Credentials("u", "p", "from --username");

    private HttpServer registry;
    private HttpServer storage;
    private final Map<String, byte[]> manifests = new ConcurrentHashMap<>();
    private final List<String> storageAuthorization = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        storage = server();
        storage.createContext("/", exchange -> {
            storageAuthorization.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            respond(exchange, 200, ARCHIVE, "application/octet-stream");
        });
        registry = server();
        registry.createContext("/v2/", this::serveRegistry);
    }

    @AfterEach
    void stop() {
        registry.stop(0);
        storage.stop(0);
    }

    private static HttpServer server() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.start();
        return server;
    }

    private void serveRegistry(HttpExchange exchange) throws IOException {
        if (exchange.getRequestHeaders().getFirst("Authorization") == null) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"fake\"");
            respond(exchange, 401, new byte[0], "application/json");
            return;
        }
        String path = exchange.getRequestURI().getPath();
        String digest = path.substring(path.lastIndexOf('/') + 1);
        if (path.contains("/manifests/") && manifests.containsKey(digest)) {
            respond(exchange, 200, manifests.get(digest), ChartKind.IMAGE_MANIFEST);
        } else if (path.endsWith("/blobs/" + Digest.sha256(CONFIG))) {
            respond(exchange, 200, CONFIG, "application/octet-stream");
        } else if (path.endsWith("/blobs/" + Digest.sha256(ARCHIVE))) {
            exchange.getResponseHeaders().set("Location", "http://127.0.0.1:" + storage.getAddress().getPort() + "/bucket/blob?sig=x");
            respond(exchange, 307, new byte[0], "text/plain");
        } else {
            respond(exchange, 404, "{\"errors\":[{\"code\":\"MANIFEST_UNKNOWN\",\"message\":\"manifest unknown\"}]}"
                    .getBytes(StandardCharsets.UTF_8), "application/json");
        }
    }

    private static void respond(HttpExchange exchange, int status, byte[] body, String type) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    private String host() {
        return "127.0.0.1:" + registry.getAddress().getPort();
    }

    private ChartPuller.Pulled pull(String reference) {
        return ChartPuller.pull(RegistryClient.connect(host(), plain(Optional.of(USER), new ArrayList<>())),
                OciReference.chart("oci://" + host() + "/charts/x" + reference));
    }

    private static byte[] manifest(String configType, String... layerTypes) {
        List<ImageManifest.Descriptor> layers = new ArrayList<>();
        for (String type : layerTypes) {
            layers.add(ImageManifest.Descriptor.of(type, ARCHIVE));
        }
        return new ImageManifest(ImageManifest.Descriptor.of(configType, CONFIG), layers, Map.of()).json();
    }

    private String serve(byte[] manifest) {
        String digest = Digest.sha256(manifest);
        manifests.put(digest, manifest);
        return digest;
    }

    @Test
    void aBlobRedirectedToStorageIsFetchedWithoutTheRegistryCredentials() {
        String digest = serve(manifest(ChartKind.HELM_CHART.configMediaType(), ChartKind.HELM_CHART.layerMediaType()));

        ChartPuller.Pulled pulled = pull("@" + digest);

        assertThat(pulled.archive()).isEqualTo(ARCHIVE);
        assertThat(storageAuthorization).containsExactly("null");
    }

    @Test
    void helmsProvenanceLayerIsLeftAlone() {
        String digest = serve(manifest(ChartKind.HELM_CHART.configMediaType(), ChartKind.HELM_CHART.layerMediaType(),
                ChartKind.HELM_PROVENANCE));

        assertThat(pull("@" + digest).kind()).isEqualTo(ChartKind.HELM_CHART);
    }

    @Test
    void aManifestThatIsNotAChartIsRefusedByItsMediaTypes() {
        String image = serve(manifest("application/vnd.oci.image.config.v1+json", "application/vnd.oci.image.layer.v1.tar+gzip"));
        String twoLayers = serve(manifest(ChartKind.STACKGEN_SOURCE.configMediaType(),
                ChartKind.STACKGEN_SOURCE.layerMediaType(), ChartKind.STACKGEN_SOURCE.layerMediaType()));

        assertThatThrownBy(() -> pull("@" + image)).isInstanceOf(InputException.class)
                .hasMessageContaining(": is not a chart: its config media type is 'application/vnd.oci.image.config.v1+json'");
        assertThatThrownBy(() -> pull("@" + twoLayers)).isInstanceOf(InputException.class)
                .hasMessageContaining("a stackgen source chart needs exactly one layer of type application/vnd.stackgen.chart.content.v1.tar+gzip");
    }

    @Test
    void aManifestThatDoesNotMatchThePinnedDigestIsRefused() {
        String pinned = serve(manifest(ChartKind.HELM_CHART.configMediaType(), ChartKind.HELM_CHART.layerMediaType()));
        byte[] other = manifest(ChartKind.HELM_CHART.configMediaType(), ChartKind.HELM_CHART.layerMediaType(), ChartKind.HELM_PROVENANCE);
        manifests.put(pinned, other);

        assertThatThrownBy(() -> pull("@" + pinned)).isInstanceOf(InputException.class)
                .hasMessage(host() + "/charts/x@" + pinned + ": digest check failed: the registry sent a manifest hashing to "
                        + Digest.sha256(other) + "; nothing was written");
    }

    @Test
    void anOversizedManifestIsRefusedWhileItArrives() {
        String digest = "sha256:" + "0".repeat(64);
        manifests.put(digest, new byte[(int) RegistryClient.MAX_MANIFEST + 1]);

        assertThatThrownBy(() -> pull("@" + digest)).isInstanceOf(InputException.class)
                .hasMessage("registry " + host() + ": the answer to GET /v2/charts/x/manifests/" + digest + " is larger than "
                        + RegistryClient.MAX_MANIFEST + " bytes; refused");
    }
}
