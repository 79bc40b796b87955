package io.stackgen.oci;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackgen.common.UserText;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * What a registry's error answer says, in one line: status, and the distribution spec's error code and message with
 * anything token-like hidden. Any other body (an HTML error page, a proxy's text) is never shown, only its size and
 * type: it may echo a request's credentials.
 */
final class RegistryError {
    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"), Map.entry(409, "Conflict"),
            Map.entry(413, "Payload Too Large"), Map.entry(416, "Range Not Satisfiable"),
            Map.entry(429, "Too Many Requests"), Map.entry(500, "Internal Server Error"),
            Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"), Map.entry(504, "Gateway Timeout"));
    private static final int MAX_TEXT = 200;

    private RegistryError() {
    }

    /** "404 Not Found: MANIFEST_UNKNOWN: manifest unknown". */
    static String describe(RegistryHttp.Response response) {
        String status = response.status() + Optional.ofNullable(REASONS.get(response.status())).map(r -> " " + r).orElse("");
        return detail(response).map(d -> status + ": " + d).orElse(status);
    }

    private static Optional<String> detail(RegistryHttp.Response response) {
        Optional<JsonNode> error = firstError(response);
        if (error.isPresent()) {
            String code = error.get().path("code").asText("");
            String message = error.get().path("message").asText("");
            String joined = code.isEmpty() ? message : message.isEmpty() ? code : code + ": " + message;
            return Optional.of(printable(joined)).filter(s -> !s.isEmpty());
        }
        if (response.body() == null || response.body().length == 0) {
            return Optional.empty();
        }
        String type = response.header("Content-Type").map(t -> t.replaceAll(";.*", "").strip()).orElse("");
        boolean html = type.equals("text/html") || new String(response.body(), 0, Math.min(response.body().length, 64),
                StandardCharsets.UTF_8).stripLeading().startsWith("<");
        return Optional.of(html ? "an HTML page of " + response.body().length + " bytes, not shown"
                : "a body of " + response.body().length + " bytes" + (type.isEmpty() ? "" : " (" + printable(type) + ")")
                        + ", not shown");
    }

    private static Optional<JsonNode> firstError(RegistryHttp.Response response) {
        if (response.body() == null || response.body().length == 0) {
            return Optional.empty();
        }
        return Json.parse(response.body()).map(root -> root.path("errors").path(0)).filter(JsonNode::isObject);
    }

    /** One line of plain characters, cut short: registry text must not smuggle control sequences into a terminal. */
    private static String printable(String text) {
        String line = UserText.redactForeign(text.strip()).replaceAll("\\s+", " ").replaceAll("\\p{Cntrl}", "?");
        return line.length() > MAX_TEXT ? line.substring(0, MAX_TEXT) + "…" : line;
    }
}
