package io.stackgen.common;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides what looks like a password, key or token in text stackgen did not write itself (a registry's error message,
 * a chart author's {@code fail()} message): a run of word and {@code -+=} characters with a part, between dashes or
 * underscores, of 8 or more characters mixing letters and digits. Names such as {@code linera-validator-0},
 * {@code v1beta1} or {@code sha256} pass; hashes, tokens, access keys and generated passwords do not.
 */
public final class TokenRedactor {
    private static final Pattern RUN = Pattern.compile("[A-Za-z0-9_+=-]{8,}");
    private static final Pattern SEPARATOR = Pattern.compile("[-_]");

    private TokenRedactor() {
    }

    /** {@code text} with each secret-looking run replaced by {@code <redacted>}. */
    public static String redact(String text) {
        return RUN.matcher(text).replaceAll(m -> looksSecret(m.group()) ? "<redacted>" : Matcher.quoteReplacement(m.group()));
    }

    private static boolean looksSecret(String run) {
        for (String part : SEPARATOR.split(run)) {
            if (part.length() >= 8 && part.chars().anyMatch(Character::isDigit) && part.chars().anyMatch(Character::isLetter)) {
                return true;
            }
        }
        return false;
    }
}
