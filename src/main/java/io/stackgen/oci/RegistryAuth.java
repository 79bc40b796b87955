package io.stackgen.oci;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackgen.common.InputException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Answers a registry's {@code WWW-Authenticate} challenges as docker and helm do: Basic with the user's
 * credentials, or Bearer by fetching a token from the challenge's realm (with the credentials, if any, as Basic
 * auth; anonymously otherwise) for the challenge's service and scope. Tokens are kept per repository and access.
 */
final class RegistryAuth {
    enum Access {
        PULL("pull"), PUSH("pull,push");

        final String actions;

        Access(String actions) {
            this.actions = actions;
        }
    }

    private static final long MAX_TOKEN_RESPONSE = 1 << 20;

    private final RegistryHttp http;
    private final CredentialSource source;
    private final Map<String, String> bearerHeaders = new HashMap<>();
    private String basicHeader;

    RegistryAuth(RegistryHttp http, CredentialSource source) {
        this.http = http;
        this.source = source;
    }

    /** The Authorization header already earned for this repository and access, if any. */
    Optional<String> cached(String repository, Access access) {
        String bearer = bearerHeaders.get(key(repository, access));
        if (bearer == null && access == Access.PULL) {
            bearer = bearerHeaders.get(key(repository, Access.PUSH));
        }
        return Optional.ofNullable(bearer).or(() -> Optional.ofNullable(basicHeader));
    }

    /** The header to retry with after a 401, or an error saying why there is none. */
    String answer(RegistryHttp.Response unauthorized, String repository, Access access, Optional<String> sent) {
        AuthChallenge challenge = AuthChallenge.choose(unauthorized.headers().allValues("WWW-Authenticate"))
                .orElseThrow(() -> new InputException("registry " + http.host() + " answered 401 Unauthorized without "
                        + "an authentication challenge it understands (WWW-Authenticate: Basic or Bearer)"));
        if (challenge.isBasic()) {
            Credentials credentials = source.credentials().orElseThrow(() -> needsCredentials(repository, access));
            String header = credentials.basicHeader();
            if (sent.filter(header::equals).isPresent()) {
                throw wrongCredentials(credentials);
            }
            basicHeader = header;
            return header;
        }
        if (sent.filter(s -> s.startsWith("Bearer ")).isPresent()) {
            throw refused(unauthorized, repository, access);
        }
        String header = "Bearer " + token(challenge, repository, access);
        bearerHeaders.put(key(repository, access), header);
        return header;
    }

    /** The registry still said 401 (or 403) with the best credentials we had. */
    InputException refused(RegistryHttp.Response response, String repository, Access access) {
        Optional<Credentials> credentials = source.credentials();
        if (credentials.isEmpty()) {
            return needsCredentials(repository, access);
        }
        return new InputException("registry " + http.host() + " refused " + verb(access) + " " + repository + " for "
                + credentials.get().describe() + ": " + RegistryError.describe(response));
    }

    private String token(AuthChallenge challenge, String repository, Access access) {
        String realm = challenge.param("realm").orElseThrow(() -> new InputException("registry " + http.host()
                + " sent a Bearer challenge without a realm (token service)"));
        URI realmUri;
        try {
            realmUri = URI.create(realm);
        } catch (IllegalArgumentException e) {
            throw new InputException("registry " + http.host() + " named an invalid token service: " + e.getMessage());
        }
        if (!"https".equalsIgnoreCase(realmUri.getScheme()) && !("http".equalsIgnoreCase(realmUri.getScheme()) && http.plainHttp())) {
            throw new InputException("registry " + http.host() + " names the token service " + realmUri.getScheme()
                    + "://" + realmUri.getAuthority() + ", which is not HTTPS; stackgen sends no credentials there "
                    + "(use --plain-http only for a registry you reach over plain HTTP)");
        }
        StringJoiner query = new StringJoiner("&");
        challenge.param("service").ifPresent(s -> query.add("service=" + encode(s)));
        scopes(challenge, repository, access).forEach(s -> query.add("scope=" + encode(s)));
        URI tokenUri = URI.create(realm + (query.length() == 0 ? "" : (realm.contains("?") ? "&" : "?") + query));
        Optional<Credentials> credentials = source.credentials();
        RegistryHttp.Response response = http.send(
                new RegistryHttp.Request("GET", tokenUri, Map.of("Accept", "application/json"), null, MAX_TOKEN_RESPONSE),
                credentials.map(Credentials::basicHeader));
        if (response.status() == 401 || response.status() == 403) {
            throw credentials.map(this::wrongCredentials).orElseGet(() -> needsCredentials(repository, access));
        }
        if (response.status() != 200) {
            throw new InputException("token service " + realmUri.getAuthority() + " of registry " + http.host()
                    + " answered " + RegistryError.describe(response));
        }
        JsonNode body = Json.parse(response.body()).orElse(null);
        String token = body == null ? "" : body.path("token").asText("");
        if (token.isEmpty()) {
            token = body == null ? "" : body.path("access_token").asText("");
        }
        if (token.isEmpty()) {
            throw new InputException("token service " + realmUri.getAuthority() + " of registry " + http.host()
                    + " answered without a token");
        }
        return token;
    }

    /**
     * The access this operation needs (so that a token earned on a HEAD also serves the upload that follows), and the
     * scope the challenge names if it differs; the token protocol takes several scope parameters.
     */
    private static Set<String> scopes(AuthChallenge challenge, String repository, Access access) {
        Set<String> scopes = new LinkedHashSet<>();
        if (!repository.isEmpty()) {
            scopes.add("repository:" + repository + ":" + access.actions);
        }
        challenge.param("scope").ifPresent(scopes::add);
        return scopes;
    }

    private InputException needsCredentials(String repository, Access access) {
        return new InputException("registry " + http.host() + " requires authentication to " + verb(access) + " "
                + repository + ": " + source.whyNone(http.host()));
    }

    private InputException wrongCredentials(Credentials credentials) {
        return new InputException("registry " + http.host() + " rejected the credentials of " + credentials.describe()
                + ": wrong user name or password (401 Unauthorized)");
    }

    private static String verb(Access access) {
        return access == Access.PUSH ? "push to" : "pull from";
    }

    private static String key(String repository, Access access) {
        return repository + "|" + access;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
