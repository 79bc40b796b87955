package io.stackgen.oci;

import io.stackgen.common.InputException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javax.net.ssl.SSLException;

/**
 * HTTP exchanges with one registry: HTTPS unless plain HTTP was asked for, every exchange bounded by the
 * timeout, bodies bounded in size, redirects followed by hand so that an Authorization header never travels to
 * another host (registries redirect blob downloads to storage services). Network failures become one-line
 * {@link InputException}s. Traces show methods, URLs and status codes only, never headers.
 */
final class RegistryHttp {
    private static final int MAX_REDIRECTS = 5;

    record Request(String method, URI uri, Map<String, String> headers, byte[] body, long maxBody) {
    }

    record Response(int status, HttpHeaders headers, byte[] body, URI uri) {
        Optional<String> header(String name) {
            return headers.firstValue(name);
        }
    }

    private final String host;
    private final boolean plainHttp;
    private final Duration timeout;
    private final Consumer<String> trace;
    private final HttpClient client;

    RegistryHttp(String host, boolean plainHttp, Duration timeout, Consumer<String> trace) {
        this.host = host;
        this.plainHttp = plainHttp;
        this.timeout = timeout;
        this.trace = trace;
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER);
        if (plainHttp) {
            builder.version(HttpClient.Version.HTTP_1_1);
        }
        this.client = builder.build();
    }

    String host() {
        return host;
    }

    boolean plainHttp() {
        return plainHttp;
    }

    /** {@code https://host/v2/<path>}, or {@code http://} with --plain-http. */
    URI api(String path) {
        return URI.create((plainHttp ? "http" : "https") + "://" + host + "/v2/" + path);
    }

    Response send(Request request, Optional<String> authorization) {
        URI uri = request.uri();
        Optional<String> auth = authorization;
        for (int hop = 0; ; hop++) {
            Response response = exchange(request, uri, auth);
            Optional<String> location = response.header("Location");
            if (!isRedirect(response.status()) || location.isEmpty() || !followsRedirect(request.method(), response.status())) {
                return response;
            }
            if (hop == MAX_REDIRECTS) {
                throw new InputException(host + ": more than " + MAX_REDIRECTS + " redirects for " + request.uri().getPath());
            }
            URI next = uri.resolve(location.get());
            if (!sameOrigin(uri, next)) {
                auth = Optional.empty();
            }
            uri = next;
        }
    }

    private Response exchange(Request request, URI uri, Optional<String> authorization) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("User-Agent", "stackgen")
                .method(request.method(), request.body() == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach(builder::header);
        authorization.ifPresent(value -> builder.header("Authorization", value));
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(builder.build(), LimitedBody.handler(request.maxBody()));
        try {
            HttpResponse<byte[]> response = future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            trace.accept(request.method() + " " + withoutQuery(uri) + " -> " + response.statusCode());
            return new Response(response.statusCode(), response.headers(), response.body(), uri);
        } catch (TimeoutException e) {
            future.cancel(true);
            trace.accept(request.method() + " " + withoutQuery(uri) + " -> timed out");
            throw noAnswer();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException(host + ": interrupted");
        } catch (ExecutionException e) {
            trace.accept(request.method() + " " + withoutQuery(uri) + " -> " + e.getCause());
            throw failure(e.getCause(), uri, request);
        }
    }

    /** Storage redirects carry signatures and credentials in the query; traces show where, not how. */
    private static String withoutQuery(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?…");
    }

    private InputException noAnswer() {
        return new InputException("registry " + host + " did not answer within " + seconds() + " s (--timeout "
                + seconds() + ")");
    }

    private InputException failure(Throwable cause, URI uri, Request request) {
        Throwable root = cause;
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof LimitedBody.TooLarge tooLarge) {
                return new InputException("registry " + uri.getAuthority() + ": the answer to " + request.method() + " " + uri.getPath()
                        + " is larger than " + tooLarge.limit + " bytes; refused");
            }
            if (t instanceof HttpConnectTimeoutException) {
                return new InputException("registry " + host + " did not accept a connection within " + seconds()
                        + " s (--timeout " + seconds() + ")");
            }
            if (t instanceof HttpTimeoutException) {
                return noAnswer();
            }
            if (t instanceof ConnectException) {
                return new InputException("cannot connect to registry " + uri.getAuthority() + ": connection refused"
                        + " (is a registry running there?)");
            }
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return new InputException("cannot connect to registry " + uri.getAuthority() + ": unknown host '"
                        + uri.getHost() + "'");
            }
            if (t instanceof SSLException) {
                return tlsFailure(t, uri);
            }
            root = t;
        }
        return new InputException("cannot talk to registry " + uri.getAuthority() + ": " + describe(root));
    }

    private InputException tlsFailure(Throwable t, URI uri) {
        String message = "TLS connection to registry " + uri.getAuthority() + " failed: " + describe(t);
        if (isLoopback(uri.getHost())) {
            return new InputException(message + "; if this local registry speaks plain HTTP, add --plain-http");
        }
        return new InputException(message + "; check that the registry's certificate is trusted by this Java runtime");
    }

    private static String describe(Throwable t) {
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : message.lines().findFirst().orElse("");
    }

    static boolean isLoopback(String hostName) {
        String name = hostName.toLowerCase(Locale.ROOT);
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        if (name.equals("localhost") || name.endsWith(".localhost")) {
            return true;
        }
        if (name.matches("[0-9.]+") || name.contains(":")) {
            try {
                return InetAddress.getByName(name).isLoopbackAddress();
            } catch (UnknownHostException e) {
                return false;
            }
        }
        return false;
    }

    private long seconds() {
        return Math.max(1, timeout.toSeconds());
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /** 307/308 repeat any request; 301/302/303 are followed for reads only (an upload must not turn into a GET). */
    private static boolean followsRedirect(String method, int status) {
        return status == 307 || status == 308 || method.equals("GET") || method.equals("HEAD");
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost().equalsIgnoreCase(b.getHost())
                && port(a) == port(b);
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : ("https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80);
    }
}
