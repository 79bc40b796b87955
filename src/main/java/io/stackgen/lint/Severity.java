package io.stackgen.lint;

import java.util.Locale;

/** How much a finding can cost, lowest first so that severities compare by ordinal. */
public enum Severity {
    INFO, LOW, MEDIUM, HIGH, CRITICAL;

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
