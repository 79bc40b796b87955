package io.stackgen.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A token service as Docker Hub, GHCR and Harbor run one (the distribution token protocol): GET
 * {@code /token?service=...&scope=repository:NAME:ACTIONS} with Basic credentials answers a JWT (RS256, the signing
 * certificate in {@code x5c}) granting the requested actions; wrong credentials get 401; no credentials get a
 * token granting nothing (an anonymous token). The key pair and certificate are made with the JDK's keytool.
 */
public final class RegistryTokenService implements AutoCloseable {
    static final String SERVICE = "stackgen-test-registry";
    static final String ISSUER = "stackgen-test-token-issuer";
    private static final String STORE_PASSWORD = "changeit";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final PrivateKey key;
    private final X509Certificate certificate;
    private final Path certificateFile;
    private final String user;
    private final String password;
    private final AtomicInteger issued = new AtomicInteger();

    private RegistryTokenService(HttpServer server, PrivateKey key, X509Certificate certificate, Path certificateFile,
                                 String user, String password) {
        this.server = server;
        this.key = key;
        this.certificate = certificate;
        this.certificateFile = certificateFile;
        this.user = user;
        this.password = password;
    }

    static RegistryTokenService start(Path dir, String user, String password) throws IOException {
        Path store = dir.resolve("token-signing.p12");
        Path pem = dir.resolve("token-signing.pem");
        keytool("-genkeypair", "-alias", "token", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=stackgen test token issuer", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD);
        keytool("-exportcert", "-rfc", "-alias", "token", "-keystore", store.toString(), "-storepass", STORE_PASSWORD,
                "-file", pem.toString());
        try (InputStream in = Files.newInputStream(store)) {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(in, STORE_PASSWORD.toCharArray());
            PrivateKey key = (PrivateKey) keys.getKey("token", STORE_PASSWORD.toCharArray());
            X509Certificate certificate = (X509Certificate) keys.getCertificate("token");
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            RegistryTokenService service = new RegistryTokenService(server, key, certificate, pem, user, password);
            server.createContext("/token", service::handle);
            server.start();
            return service;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot load the token signing key: " + e.getMessage(), e);
        }
    }

    String realm() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/token";
    }

    Path certificate() {
        return certificateFile;
    }

    /** How many tokens granting access were handed out. */
    public int tokensIssued() {
        return issued.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            boolean anonymous = authorization == null;
            String expected = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            if (!anonymous && !expected.equals(authorization)) {
                respond(exchange, 401, "{\"details\":\"incorrect username or password\"}");
                return;
            }
            List<String> scopes = new ArrayList<>();
            String query = exchange.getRequestURI().getRawQuery();
            for (String pair : query == null ? new String[0] : query.split("&")) {
                if (pair.startsWith("scope=")) {
                    scopes.add(URLDecoder.decode(pair.substring("scope=".length()), StandardCharsets.UTF_8));
                }
            }
            String token = token(anonymous ? "" : user, anonymous ? List.of() : scopes);
            if (!anonymous) {
                issued.incrementAndGet();
            }
            respond(exchange, 200, JSON.createObjectNode().put("token", token).put("access_token", token)
                    .put("expires_in", 300).toString());
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    private String token(String subject, List<String> scopes) throws GeneralSecurityException {
        ObjectNode header = JSON.createObjectNode().put("typ", "JWT").put("alg", "RS256");
        header.putArray("x5c").add(Base64.getEncoder().encodeToString(certificate.getEncoded()));
        long now = Instant.now().getEpochSecond();
        ObjectNode claims = JSON.createObjectNode().put("iss", ISSUER).put("sub", subject).put("aud", SERVICE)
                .put("exp", now + 300).put("nbf", now - 10).put("iat", now - 10).put("jti", UUID.randomUUID().toString());
        ArrayNode access = claims.putArray("access");
        for (String scope : scopes) {
            String[] parts = scope.split(":");
            if (parts.length == 3 && parts[0].equals("repository")) {
                ObjectNode grant = access.addObject().put("type", "repository").put("name", parts[1]);
                ArrayNode actions = grant.putArray("actions");
                for (String action : parts[2].split(",")) {
                    actions.add(action);
                }
            }
        }
        String signingInput = base64Url(header.toString()) + "." + base64Url(claims.toString());
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static void keytool(String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("keytool failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
