package io.stackgen.lint.rules.sec;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a value under a secret-like name is a real secret. Template and expansion placeholders
 * ({@code {{ … }}}, {@code ${…}}, Kubernetes {@code $(VAR)}, {@code <…>}), {@code changeme}-style fillers,
 * references to external secret stores, booleans, file paths and plain URLs are not; weak real values such as
 * {@code 12345} or {@code hunter2} are.
 */
final class SecretValues {
    private static final Pattern SHELL_VARIABLE = Pattern.compile("\\$[A-Za-z_][A-Za-z0-9_]*|\\$\\{[^}]*}");
    private static final Pattern ANGLE_PLACEHOLDER = Pattern.compile("<[^<>]*>");
    private static final Pattern FILLER_SUFFIX = Pattern.compile("(?i).*[-_ .]here");
    private static final Pattern FILE_PATH = Pattern.compile("(/|~/|\\./|\\.\\./)\\S*");
    private static final Pattern URL = Pattern.compile("(?i)[a-z][a-z0-9+.-]*://\\S*");
    private static final Pattern STORE_REFERENCE = Pattern.compile(
            "(?i)(vault:|ref\\+|arn:aws:(secretsmanager|ssm):|op://|akv://|azurekeyvault://|gcp:secretmanager:|ENC\\[|projects/[^/]+/secrets/).*");
    private static final Set<String> FILLERS = Set.of(
            "changeme", "changeit", "replaceme", "placeholder", "dummy", "example", "sample", "stub", "todo", "fixme",
            "tbd", "redacted", "none", "null", "nil", "undefined", "empty", "notset", "unset", "true", "false", "yes",
            "no", "on", "off");

    private SecretValues() {
    }

    /** A value that only stands for a secret to be filled in elsewhere. */
    static boolean isPlaceholder(String value) {
        String v = value.strip();
        if (v.contains("{{") || v.contains("${") || v.contains("$(") || SHELL_VARIABLE.matcher(v).matches()
                || ANGLE_PLACEHOLDER.matcher(v).matches() || STORE_REFERENCE.matcher(v).matches()) {
            return true;
        }
        String letters = lettersAndDigits(v);
        return FILLERS.contains(letters) || repeats(letters, 'x') || repeats(v, '*')
                || letters.startsWith("changeme") || letters.startsWith("replace") || letters.startsWith("your")
                || letters.startsWith("insert") || FILLER_SUFFIX.matcher(v).matches();
    }

    private static String lettersAndDigits(String v) {
        StringBuilder out = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    private static boolean repeats(String v, char c) {
        return !v.isEmpty() && v.chars().allMatch(x -> x == c);
    }

    /** A value that is a secret when its name says so: written out, not a placeholder, path, URL or flag word. */
    static boolean isReal(String value) {
        String v = value.strip();
        return !v.isEmpty() && !v.equals("~") && !isPlaceholder(v) && !FILE_PATH.matcher(v).matches()
                && !URL.matcher(v).matches();
    }
}
