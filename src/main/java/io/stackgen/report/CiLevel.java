package io.stackgen.report;

import io.stackgen.lint.Severity;

/**
 * The three levels CI annotations know. Critical and high findings are errors, medium and low warnings, info notes,
 * in SARIF and GitHub alike.
 */
enum CiLevel {
    ERROR("error", "error"),
    WARNING("warning", "warning"),
    NOTE("note", "notice");

    private final String sarif;
    private final String github;

    CiLevel(String sarif, String github) {
        this.sarif = sarif;
        this.github = github;
    }

    static CiLevel of(Severity severity) {
        return switch (severity) {
            case CRITICAL, HIGH -> ERROR;
            case MEDIUM, LOW -> WARNING;
            case INFO -> NOTE;
        };
    }

    /** SARIF {@code level}. */
    String sarif() {
        return sarif;
    }

    /** The GitHub Actions workflow command. */
    String github() {
        return github;
    }
}
