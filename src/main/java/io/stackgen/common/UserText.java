package io.stackgen.common;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * User-written text made fit for a one-line error message: line breaks and control characters escaped, tokens
 * that look like secrets (long, letters and digits mixed) replaced by their length, and the whole kept short, so
 * that an error can quote a key or a flag without printing a password into a CI log.
 */
public final class UserText {
    /** For a quoted key, flag argument or scalar. */
    public static final int MAX_QUOTE = 80;
    /** For a parser's description of a problem. */
    public static final int MAX_LINE = 240;

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{16,}");
    private static final Pattern FOREIGN_RUN = Pattern.compile("[A-Za-z0-9_+=-]{8,}");
    private static final Pattern SEPARATOR = Pattern.compile("[-_]");
    private static final Pattern LETTER_DIGIT_SWITCH = Pattern.compile("(?<=[A-Za-z])(?=[0-9])|(?<=[0-9])(?=[A-Za-z])");

    private UserText() {
    }

    /** Text to put between quotes in a message, at most {@link #MAX_QUOTE} characters. */
    public static String quotable(String text) {
        return shorten(redact(flatten(text)), MAX_QUOTE);
    }

    /** A problem description (from a parser, an exception) on one line of at most {@link #MAX_LINE} characters. */
    public static String oneLine(String text) {
        return shorten(redact(flatten(text)), MAX_LINE);
    }

    /**
     * Text stackgen did not write (a registry's error message, a chart author's {@code fail()} text, Jinjava quoting
     * a value), with a stricter test than {@link #quotable}: a run of word and {@code -+=} characters with a part,
     * between dashes or underscores, of 8 or more characters mixing letters and digits becomes {@code <redacted>}.
     * Names such as {@code linera-validator-0}, {@code v1beta1} or {@code sha256} pass; hashes, tokens, access keys,
     * base64 credentials and generated passwords do not.
     */
    public static String redactForeign(String text) {
        return FOREIGN_RUN.matcher(text).replaceAll(m -> foreignSecret(m.group()) ? "<redacted>" : Matcher.quoteReplacement(m.group()));
    }

    private static boolean foreignSecret(String run) {
        for (String part : SEPARATOR.split(run)) {
            if (part.length() >= 8 && part.chars().anyMatch(Character::isDigit) && part.chars().anyMatch(Character::isLetter)) {
                return true;
            }
        }
        return false;
    }

    private static String flatten(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c == '\n' || c == '\r') {
                out.append(' ');
            } else if (c == '\t') {
                out.append("\\t");
            } else if (Character.isISOControl(c) || Character.getType(c) == Character.LINE_SEPARATOR
                    || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString().replaceAll(" {2,}", " ").strip();
    }

    /** A token of 16+ characters in which letters and digits take turns at least twice is taken for a secret. */
    private static String redact(String text) {
        Matcher tokens = TOKEN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (tokens.find()) {
            String token = tokens.group();
            boolean secretLike = LETTER_DIGIT_SWITCH.matcher(token).results().count() >= 2;
            tokens.appendReplacement(out, Matcher.quoteReplacement(
                    secretLike ? "<redacted: " + token.length() + " characters>" : token));
        }
        return tokens.appendTail(out).toString();
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
