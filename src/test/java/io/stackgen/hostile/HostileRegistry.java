package io.stackgen.hostile;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.stackgen.oci.ChartKind;
import io.stackgen.oci.Digest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A registry on the loopback interface holding one chart, {@code charts/demo:1.0.0}, whose answers a test can
 * replace one by one: an error with a body, an HTML page, a body that trickles in, silence, wrong bytes.
 */
final class HostileRegistry implements AutoCloseable {
    /** How the registry answers one request. */
    @FunctionalInterface
    interface Answer {
        void send(HttpExchange exchange, HostileRegistry registry) throws IOException, InterruptedException;
    }

    static final String CONFIG = "{\"name\":\"demo\",\"version\":\"1.0.0\"}";

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final byte[] archive;
    private final byte[] config = CONFIG.getBytes(StandardCharsets.UTF_8);
    private final byte[] manifest;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private volatile String basicAuthorization;

    HostileRegistry(byte[] archive, ChartKind kind) throws IOException {
        this.archive = archive;
        this.manifest = ("{\"schemaVersion\":2,\"mediaType\":\"" + ChartKind.IMAGE_MANIFEST + "\","
                + "\"config\":" + descriptor(kind.configMediaType(), config) + ","
                + "\"layers\":[" + descriptor(kind.layerMediaType(), archive) + "]}").getBytes(StandardCharsets.UTF_8);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::serve);
        server.start();
    }

    private static String descriptor(String mediaType, byte[] content) {
        return "{\"mediaType\":\"" + mediaType + "\",\"digest\":\"" + Digest.sha256(content) + "\",\"size\":" + content.length + "}";
    }

    String host() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /** {@code oci://HOST/charts/demo:1.0.0}. */
    String reference() {
        return "oci://" + host() + "/charts/demo:1.0.0";
    }

    String manifestDigest() {
        return Digest.sha256(manifest);
    }

    String layerDigest() {
        return Digest.sha256(archive);
    }

    HostileRegistry onManifest(Answer answer) {
        answers.put("manifest", answer);
        return this;
    }

    HostileRegistry onLayer(Answer answer) {
        answers.put("layer", answer);
        return this;
    }

    /**
     * Every request needs these credentials (HTTP basic); without them the answer is 401, with a body that echoes the
     * Authorization header it got, as a careless registry might.
     */
    HostileRegistry requireBasic(String user, String password) {
        basicAuthorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return this;
    }

    private void serve(HttpExchange exchange) throws IOException {
        String sent = exchange.getRequestHeaders().getFirst("Authorization");
        if (basicAuthorization != null && !basicAuthorization.equals(sent)) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"hostile\"");
            send(exchange, 401, "application/json", ("{\"errors\":[{\"code\":\"UNAUTHORIZED\",\"message\":\"bad credentials: "
                    + sent + "\"}]}").getBytes(StandardCharsets.UTF_8));
            exchange.close();
            return;
        }
        String path = exchange.getRequestURI().getPath();
        String what = path.contains("/manifests/") ? "manifest"
                : path.endsWith(Digest.sha256(archive)) ? "layer"
                : path.endsWith(Digest.sha256(config)) ? "config" : "other";
        Answer answer = answers.getOrDefault(what, (ex, r) -> r.standard(ex, what));
        try {
            answer.send(exchange, this);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            exchange.close();
        }
    }

    private void standard(HttpExchange exchange, String what) throws IOException {
        switch (what) {
            case "manifest" -> {
                exchange.getResponseHeaders().set("Docker-Content-Digest", manifestDigest());
                send(exchange, 200, ChartKind.IMAGE_MANIFEST, manifest);
            }
            case "layer" -> send(exchange, 200, "application/octet-stream", archive);
            case "config" -> send(exchange, 200, "application/octet-stream", config);
            default -> send(exchange, 404, "application/json",
                    "{\"errors\":[{\"code\":\"NAME_UNKNOWN\",\"message\":\"repository name not known\"}]}".getBytes(StandardCharsets.UTF_8));
        }
    }

    byte[] manifest() {
        return manifest.clone();
    }

    static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    /** An error status with {@code body}. */
    static Answer status(int status, String type, String body) {
        return (exchange, registry) -> send(exchange, status, type, body.getBytes(StandardCharsets.UTF_8));
    }

    /** 200 with the right length announced, then one byte every 200 ms: never done within a short timeout. */
    static Answer trickle() {
        return (exchange, registry) -> {
            exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
            exchange.sendResponseHeaders(200, 1 << 20);
            OutputStream out = exchange.getResponseBody();
            while (!registry.closing.await(200, TimeUnit.MILLISECONDS)) {
                out.write('x');
                out.flush();
            }
        };
    }

    /** Accepts the request and never answers. */
    static Answer silence() {
        return (exchange, registry) -> registry.closing.await();
    }

    /** A redirect to {@code location} (e.g. a storage service on another host, credentials in the query). */
    static Answer redirect(String location) {
        return (exchange, registry) -> {
            exchange.getResponseHeaders().set("Location", location);
            send(exchange, 307, "text/plain", new byte[0]);
        };
    }

    /** 200 with these bytes instead of what the digest names. */
    static Answer bytes(String type, byte[] body) {
        return (exchange, registry) -> send(exchange, 200, type, body);
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
