package io.stackgen.oci;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code WWW-Authenticate} challenge, e.g. {@code Bearer realm="https://auth.example/token",service="reg",
 * scope="repository:charts/x:pull,push"} or {@code Basic realm="registry"} (RFC 7235 auth-params).
 */
record AuthChallenge(String scheme, Map<String, String> params) {

    boolean isBearer() {
        return "bearer".equals(scheme);
    }

    boolean isBasic() {
        return "basic".equals(scheme);
    }

    Optional<String> param(String name) {
        return Optional.ofNullable(params.get(name)).filter(v -> !v.isEmpty());
    }

    /** The most useful challenge among the header values: Bearer before Basic; empty if none is understood. */
    static Optional<AuthChallenge> choose(List<String> headerValues) {
        Optional<AuthChallenge> basic = Optional.empty();
        for (String value : headerValues) {
            Optional<AuthChallenge> parsed = parse(value);
            if (parsed.filter(AuthChallenge::isBearer).isPresent()) {
                return parsed;
            }
            if (basic.isEmpty()) {
                basic = parsed.filter(AuthChallenge::isBasic);
            }
        }
        return basic;
    }

    static Optional<AuthChallenge> parse(String header) {
        String text = header.strip();
        int space = text.indexOf(' ');
        String scheme = (space < 0 ? text : text.substring(0, space)).toLowerCase(Locale.ROOT);
        if (scheme.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> params = new LinkedHashMap<>();
        int i = space < 0 ? text.length() : space + 1;
        while (i < text.length()) {
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == ',')) {
                i++;
            }
            int eq = text.indexOf('=', i);
            if (eq < 0) {
                break;
            }
            String name = text.substring(i, eq).strip().toLowerCase(Locale.ROOT);
            StringBuilder value = new StringBuilder();
            i = eq + 1;
            if (i < text.length() && text.charAt(i) == '"') {
                i++;
                while (i < text.length() && text.charAt(i) != '"') {
                    if (text.charAt(i) == '\\' && i + 1 < text.length()) {
                        i++;
                    }
                    value.append(text.charAt(i++));
                }
                i++;
            } else {
                while (i < text.length() && text.charAt(i) != ',') {
                    value.append(text.charAt(i++));
                }
            }
            params.put(name, value.toString().strip());
        }
        return Optional.of(new AuthChallenge(scheme, params));
    }
}
