package io.stackgen.oci;

import io.stackgen.common.InputException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * The registry API calls chart push and pull need (OCI distribution spec): blob existence, monolithic blob
 * upload (POST then PUT), manifest upload and download, blob download. Every call authenticates on demand.
 */
public final class RegistryClient {
    /** The distribution spec asks registries to accept manifests of at least 4 MiB; charts need far less. */
    static final long MAX_MANIFEST = 4L << 20;
    private static final long ERROR_BODY_SLACK = 64L << 10;

    record FetchedManifest(byte[] body, Optional<String> contentType, Optional<String> digestHeader) {
    }

    private final RegistryHttp http;
    private final RegistryAuth auth;

    private RegistryClient(RegistryHttp http, RegistryAuth auth) {
        this.http = http;
        this.auth = auth;
    }

    public static RegistryClient connect(String host, RegistrySettings settings) {
        RegistryHttp http = new RegistryHttp(host, settings.plainHttp(), settings.timeout(), settings.trace());
        return new RegistryClient(http, new RegistryAuth(http, settings.credentialsFor(host)));
    }

    String host() {
        return http.host();
    }

    boolean hasBlob(String repository, String digest) {
        RegistryHttp.Response response = call("HEAD", http.api(repository + "/blobs/" + digest), Map.of(), null, 0,
                repository, RegistryAuth.Access.PUSH);
        if (response.status() == 200) {
            return true;
        }
        if (response.status() == 404) {
            return false;
        }
        throw unexpected(response, "checking blob " + digest + " in " + repository);
    }

    void uploadBlob(String repository, String digest, byte[] content) {
        RegistryHttp.Response started = call("POST", http.api(repository + "/blobs/uploads/"), Map.of(), new byte[0],
                MAX_MANIFEST, repository, RegistryAuth.Access.PUSH);
        if (started.status() != 202) {
            throw unexpected(started, "starting the upload of " + digest + " to " + repository);
        }
        String location = started.header("Location").orElseThrow(() -> new InputException("registry " + http.host()
                + " started an upload without saying where to send it (no Location header)"));
        URI upload = started.uri().resolve(location);
        String separator = upload.getRawQuery() == null ? "?" : "&";
        URI target = URI.create(upload + separator + "digest=" + digest.replace(":", "%3A"));
        RegistryHttp.Response finished = call("PUT", target, Map.of("Content-Type", "application/octet-stream"), content,
                MAX_MANIFEST, repository, RegistryAuth.Access.PUSH);
        if (finished.status() != 201) {
            throw unexpected(finished, "uploading blob " + digest + " to " + repository);
        }
    }

    /** Stores the manifest under {@code tag}; returns the digest the registry reports (or ours if it says none). */
    String putManifest(String repository, String tag, byte[] manifest) {
        RegistryHttp.Response response = call("PUT", http.api(repository + "/manifests/" + tag),
                Map.of("Content-Type", ChartKind.IMAGE_MANIFEST), manifest, MAX_MANIFEST, repository, RegistryAuth.Access.PUSH);
        if (response.status() != 201 && response.status() != 200) {
            throw unexpected(response, "uploading the manifest " + repository + ":" + tag);
        }
        return response.header("Docker-Content-Digest").orElseGet(() -> Digest.sha256(manifest));
    }

    Optional<FetchedManifest> getManifest(String repository, String reference) {
        RegistryHttp.Response response = call("GET", http.api(repository + "/manifests/" + reference),
                Map.of("Accept", ChartKind.IMAGE_MANIFEST + ", " + ChartKind.IMAGE_INDEX), null, MAX_MANIFEST,
                repository, RegistryAuth.Access.PULL);
        if (response.status() == 404) {
            return Optional.empty();
        }
        if (response.status() != 200) {
            throw unexpected(response, "fetching the manifest " + repository + ":" + reference);
        }
        return Optional.of(new FetchedManifest(response.body(), response.header("Content-Type"),
                response.header("Docker-Content-Digest")));
    }

    /**
     * The blob's bytes; a body much longer than {@code size} is refused while it arrives (the slack leaves room for
     * an error document), and the caller checks size and digest exactly.
     */
    byte[] getBlob(String repository, String digest, long size) {
        RegistryHttp.Response response = call("GET", http.api(repository + "/blobs/" + digest), Map.of(), null,
                size + ERROR_BODY_SLACK, repository, RegistryAuth.Access.PULL);
        if (response.status() != 200) {
            throw unexpected(response, "fetching blob " + digest + " from " + repository);
        }
        return response.body();
    }

    private RegistryHttp.Response call(String method, URI uri, Map<String, String> headers, byte[] body, long maxBody,
                                       String repository, RegistryAuth.Access access) {
        RegistryHttp.Request request = new RegistryHttp.Request(method, uri, headers, body, maxBody);
        Optional<String> sent = auth.cached(repository, access);
        RegistryHttp.Response response = http.send(request, sent);
        if (response.status() == 401) {
            String answer = auth.answer(response, repository, access, sent);
            response = http.send(request, Optional.of(answer));
            if (response.status() == 401) {
                auth.answer(response, repository, access, Optional.of(answer));
                throw auth.refused(response, repository, access);
            }
        }
        if (response.status() == 403) {
            throw auth.refused(response, repository, access);
        }
        return response;
    }

    private InputException unexpected(RegistryHttp.Response response, String doing) {
        return new InputException("registry " + http.host() + " failed " + doing + ": " + RegistryError.describe(response));
    }
}
