package io.stackgen.lint.rules.sec;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an {@code sh -c} script into words the way a POSIX shell would for our purpose: whitespace, newlines and
 * {@code ;} separate, quotes group, backslash-newline continues, {@code #} starts a comment. Expansions are kept
 * as written ({@code $(…)}, {@code ${…}}), so that they read as placeholders.
 */
final class ShellWords {
    private ShellWords() {
    }

    /** A word and the 0-based line of the script it starts on. */
    record Word(String text, int line) {
    }

    static List<Word> split(String script) {
        List<Word> words = new ArrayList<>();
        StringBuilder word = null;
        int wordLine = 0;
        int line = 0;
        int n = script.length();
        for (int i = 0; i < n; i++) {
            char c = script.charAt(i);
            if (c == '\\' && i + 1 < n) {
                char next = script.charAt(++i);
                if (next == '\n') {
                    line++;
                } else {
                    if (word == null) {
                        word = new StringBuilder();
                        wordLine = line;
                    }
                    word.append(next);
                }
                continue;
            }
            if (Character.isWhitespace(c) || c == ';') {
                if (word != null) {
                    words.add(new Word(word.toString(), wordLine));
                    word = null;
                }
                if (c == '\n') {
                    line++;
                }
                continue;
            }
            if (word == null) {
                if (c == '#') {
                    while (i + 1 < n && script.charAt(i + 1) != '\n') {
                        i++;
                    }
                    continue;
                }
                word = new StringBuilder();
                wordLine = line;
            }
            if (c == '\'' || c == '"') {
                int close = closingQuote(script, i, c);
                String quoted = script.substring(i + 1, close);
                word.append(c == '"' ? unescapeDoubleQuoted(quoted) : quoted);
                line += KeyMaterial.lineOf(quoted, quoted.length());
                i = close;
            } else {
                int end = i + 1;
                while (end < n && isPlain(script.charAt(end))) {
                    end++;
                }
                word.append(script, i, end);
                i = end - 1;
            }
        }
        if (word != null) {
            words.add(new Word(word.toString(), wordLine));
        }
        return List.copyOf(words);
    }

    /** A character that {@link #split} copies into the word as it is. */
    private static boolean isPlain(char c) {
        return c != '\\' && c != ';' && c != '\'' && c != '"' && !Character.isWhitespace(c);
    }

    private static int closingQuote(String script, int open, char quote) {
        for (int i = open + 1; i < script.length(); i++) {
            char c = script.charAt(i);
            if (quote == '"' && c == '\\') {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        return script.length(); // unterminated: the rest is the word
    }

    private static String unescapeDoubleQuoted(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && "\"\\$`".indexOf(text.charAt(i + 1)) >= 0) {
                out.append(text.charAt(++i));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
