package io.stackgen.lint;

/** Says what kind of secret was seen without showing it: findings and logs never carry secret values. */
public final class Redaction {
    private Redaction() {
    }

    /** E.g. {@code <redacted: 64 characters>}. */
    public static String describe(String secret) {
        return "<redacted: " + secret.length() + " characters>";
    }
}
