package io.stackgen.lint.rules.sec;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Passwords written into URLs: {@code ws://user:pass@host}, {@code postgres://u:p@db/x}, and the ethstats form
 * {@code nodename:secret@host:port} (with or without {@code ws://}) that geth and besu take in {@code --ethstats}.
 * A user without a password ({@code enode://<public key>@host}) and placeholders ({@code ${PASS}}) are not.
 */
final class UrlCredentials {
    private static final Pattern URL_WITH_PASSWORD = Pattern.compile(
            "(?i)\\b[a-z][a-z0-9+.-]*://([^\\s/@:]*):([^\\s/@]+)@[^\\s/@]");
    private static final Pattern ETHSTATS = Pattern.compile("^(?:[a-z][a-z0-9+.-]*://)?([^\\s/@:]+):([^\\s/@]+)@[^\\s/@]+",
            Pattern.CASE_INSENSITIVE);

    private UrlCredentials() {
    }

    /** The password of the first URL in the text that carries a real one. */
    static Optional<String> password(String text) {
        if (!text.contains("://") || !text.contains("@")) {
            return Optional.empty();
        }
        Matcher m = URL_WITH_PASSWORD.matcher(text);
        while (m.find()) {
            if (SecretValues.isReal(m.group(2))) {
                return Optional.of(m.group(2));
            }
        }
        return Optional.empty();
    }

    /** The secret of an ethstats reporting address, {@code [ws://]name:secret@host:port}. */
    static Optional<String> ethstatsSecret(String value) {
        Matcher m = ETHSTATS.matcher(value.strip());
        return m.find() && SecretValues.isReal(m.group(2)) ? Optional.of(m.group(2)) : Optional.empty();
    }

    /** Whether a name is an ethstats setting ({@code --ethstats}, {@code ETHSTATS_URL}, {@code ethstats-url}). */
    static boolean isEthstats(String name) {
        return name.toLowerCase(Locale.ROOT).contains("ethstats");
    }
}
