package io.stackgen.lint;

import java.util.regex.Pattern;

/** A shell-style pattern for names: {@code *} is any run of characters, {@code ?} one character. Case-sensitive. */
public final class Glob {
    private final String text;
    private final Pattern pattern;

    private Glob(String text) {
        this.text = text;
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '*' || c == '?') {
                regex.append(Pattern.quote(literal.toString())).append(c == '*' ? ".*" : ".");
                literal.setLength(0);
            } else {
                literal.append(c);
            }
        }
        regex.append(Pattern.quote(literal.toString()));
        this.pattern = Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    public static Glob of(String text) {
        return new Glob(text);
    }

    public boolean matches(String value) {
        return pattern.matcher(value).matches();
    }

    @Override
    public String toString() {
        return text;
    }
}
