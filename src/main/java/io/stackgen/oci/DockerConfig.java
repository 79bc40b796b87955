package io.stackgen.oci;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackgen.common.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Registry credentials that {@code docker login} (or {@code helm registry login}, {@code oras login}) saved in
 * {@code $DOCKER_CONFIG/config.json}, else {@code $HOME/.docker/config.json}: {@code auths.<host>.auth} is
 * base64 of {@code user:password}. Credential helpers and stores are external programs stackgen does not run.
 */
public final class DockerConfig {
    private static final Set<String> DOCKER_HUB = Set.of("docker.io", "index.docker.io", "registry-1.docker.io");

    private DockerConfig() {
    }

    /** The config file docker would read in this environment. */
    public static Path locate(Map<String, String> env, String userHome) {
        String dir = env.get("DOCKER_CONFIG");
        if (dir != null && !dir.isEmpty()) {
            return Path.of(dir, "config.json");
        }
        String home = env.getOrDefault("HOME", userHome);
        return Path.of(home == null || home.isEmpty() ? userHome : home, ".docker", "config.json");
    }

    public static CredentialSource lookup(Path configFile, String host) {
        String display = configFile.toString();
        if (!Files.isRegularFile(configFile)) {
            return CredentialSource.none(display + " does not exist");
        }
        JsonNode root = read(configFile, display);
        String wanted = normalise(host);
        Optional<String> helper = matching(root.path("credHelpers"), wanted).map(JsonNode::asText);
        if (helper.isPresent()) {
            return new CredentialSource.Unsupported(display + " keeps the credentials for " + host
                    + " in the credential helper 'docker-credential-" + helper.get() + "'");
        }
        Optional<JsonNode> entry = matching(root.path("auths"), wanted);
        if (entry.isPresent()) {
            Optional<Credentials> credentials = credentials(entry.get(), host, display);
            if (credentials.isPresent()) {
                return CredentialSource.of(credentials.get());
            }
            if (entry.get().hasNonNull("identitytoken")) {
                return new CredentialSource.Unsupported(display + " holds an OAuth identity token for " + host);
            }
        }
        if (root.path("credsStore").isTextual() && !root.path("credsStore").asText().isEmpty()) {
            return new CredentialSource.Unsupported(display + " keeps credentials in the credential store 'docker-credential-"
                    + root.path("credsStore").asText() + "'");
        }
        return CredentialSource.none(display + " has none");
    }

    private static Optional<Credentials> credentials(JsonNode entry, String host, String display) {
        String source = "from " + display;
        String auth = entry.path("auth").asText("");
        if (!auth.isEmpty()) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(auth.trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new InputException(display + ": auths entry for " + host + ": 'auth' is not base64 of user:password");
            }
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                throw new InputException(display + ": auths entry for " + host + ": 'auth' is not base64 of user:password");
            }
            return Optional.of(new Credentials(decoded.substring(0, colon), decoded.substring(colon + 1), source));
        }
        String username = entry.path("username").asText("");
        String password = entry.path("password").asText("");
        return username.isEmpty() || password.isEmpty()
                ? Optional.empty()
                : Optional.of(new Credentials(username, password, source));
    }

    private static JsonNode read(Path configFile, String display) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(configFile);
        } catch (IOException e) {
            throw new InputException(display + ": cannot read: " + e.getMessage());
        }
        return Json.parse(bytes).filter(JsonNode::isObject)
                .orElseThrow(() -> new InputException(display + ": not a JSON object (a docker config.json)"));
    }

    /** The entry whose key names {@code host}: keys may be 'host', 'host:port' or a URL. */
    private static Optional<JsonNode> matching(JsonNode object, String host) {
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (normalise(field.getKey()).equals(host)) {
                return Optional.of(field.getValue());
            }
        }
        return Optional.empty();
    }

    static String normalise(String key) {
        String host = key.toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "");
        int slash = host.indexOf('/');
        if (slash >= 0) {
            host = host.substring(0, slash);
        }
        return DOCKER_HUB.contains(host) ? "index.docker.io" : host;
    }
}
