package io.stackgen.support;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real registry for tests: Debian's docker-registry (the CNCF distribution registry) on 127.0.0.1 and a free
 * port, with filesystem storage in a temporary directory, anonymous or behind htpasswd (bcrypt) basic auth or
 * bearer tokens from {@link RegistryTokenService}. Use as {@code @RegisterExtension static RegistryProcess r = ...}
 * (started before the class's tests, stopped after) or in try-with-resources.
 */
public final class RegistryProcess implements BeforeAllCallback, AfterAllCallback, AutoCloseable {
    public static final String USER = "stackgen-ci";
    public static final String PASSWORD = "s3cret-Passw0rd";
    private static final Duration STARTUP = Duration.ofSeconds(20);

    private enum Auth { NONE, BASIC, TOKEN }

    private final Auth auth;
    private Path dir;
    private int port;
    private Process process;
    private RegistryTokenService tokens;

    private RegistryProcess(Auth auth) {
        this.auth = auth;
    }

    public static RegistryProcess anonymous() {
        return new RegistryProcess(Auth.NONE);
    }

    /** Basic auth for {@link #USER} / {@link #PASSWORD}, from an htpasswd file with a bcrypt hash made here. */
    public static RegistryProcess withBasicAuth() {
        return new RegistryProcess(Auth.BASIC);
    }

    /** Bearer tokens (JWT, RS256, x5c) from a token service that knows {@link #USER} / {@link #PASSWORD}. */
    public static RegistryProcess withTokenAuth() {
        return new RegistryProcess(Auth.TOKEN);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    public synchronized RegistryProcess start() throws IOException, InterruptedException {
        if (process != null) {
            return this;
        }
        Path binary = RegistryBinary.path();
        dir = Files.createTempDirectory("stackgen-registry-");
        port = freePort();
        Files.writeString(dir.resolve("config.yml"), config(), StandardCharsets.UTF_8);
        process = new ProcessBuilder(binary.toString(), "serve", dir.resolve("config.yml").toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("registry.log").toFile())
                .start();
        awaitReady();
        return this;
    }

    /** {@code 127.0.0.1:PORT}. */
    public String host() {
        return "127.0.0.1:" + port;
    }

    /** {@code oci://127.0.0.1:PORT/<repository>}. */
    public String oci(String repository) {
        return "oci://" + host() + "/" + repository;
    }

    /** Where the registry keeps a blob's bytes (to tamper with them). */
    public Path blobFile(String digest) {
        String hex = digest.substring("sha256:".length());
        return dir.resolve("storage/docker/registry/v2/blobs/sha256").resolve(hex.substring(0, 2)).resolve(hex).resolve("data");
    }

    public Optional<RegistryTokenService> tokenService() {
        return Optional.ofNullable(tokens);
    }

    public String log() {
        try {
            return Files.readString(dir.resolve("registry.log"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public synchronized void close() {
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
        if (tokens != null) {
            tokens.close();
            tokens = null;
        }
        if (dir != null) {
            deleteTree(dir);
            dir = null;
        }
    }

    private String config() throws IOException {
        String common = """
                version: 0.1
                log:
                  level: warn
                  accesslog:
                    disabled: true
                storage:
                  filesystem:
                    rootdirectory: %s
                  delete:
                    enabled: true
                  maintenance:
                    uploadpurging:
                      enabled: false
                http:
                  addr: 127.0.0.1:%d
                """.formatted(dir.resolve("storage"), port);
        return switch (auth) {
            case NONE -> common;
            case BASIC -> {
                String hash = BCrypt.withDefaults().hashToString(5, PASSWORD.toCharArray());
                Files.writeString(dir.resolve("htpasswd"), USER + ":" + hash + "\n", StandardCharsets.UTF_8);
                yield common + """
                        auth:
                          htpasswd:
                            realm: stackgen-test
                            path: %s
                        """.formatted(dir.resolve("htpasswd"));
            }
            case TOKEN -> {
                tokens = RegistryTokenService.start(dir, USER, PASSWORD);
                yield common + """
                        auth:
                          token:
                            realm: %s
                            service: %s
                            issuer: %s
                            rootcertbundle: %s
                        """.formatted(tokens.realm(), RegistryTokenService.SERVICE, RegistryTokenService.ISSUER,
                        tokens.certificate());
            }
        };
    }

    private void awaitReady() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ping = HttpRequest.newBuilder(URI.create("http://" + host() + "/v2/")).timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("docker-registry exited with " + process.exitValue() + ":\n" + log());
            }
            try {
                int status = client.send(ping, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200 || status == 401) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        close();
        throw new IllegalStateException("docker-registry did not answer /v2/ within " + STARTUP.toSeconds() + " s");
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> paths = walk.sorted(Comparator.reverseOrder()).toList();
            for (Path p : paths) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
