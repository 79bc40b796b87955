package io.stackgen.common;

import java.util.Optional;

/**
 * A part of a hand-written document (a README) that a command generates, between
 * {@code <!-- NAME:start -->} and {@code <!-- NAME:end -->} marker lines.
 */
public final class GeneratedSection {
    private GeneratedSection() {
    }

    /** The document with the section's content replaced, or empty when the markers are missing or out of order. */
    public static Optional<String> replace(String document, String name, String content) {
        String start = "<!-- " + name + ":start -->";
        String end = "<!-- " + name + ":end -->";
        int from = document.indexOf(start);
        int to = document.indexOf(end);
        if (from < 0 || to < from) {
            return Optional.empty();
        }
        String body = content.endsWith("\n") ? content : content + "\n";
        return Optional.of(document.substring(0, from + start.length()) + "\n" + body + document.substring(to));
    }
}
