package io.stackgen.cli;

import io.stackgen.common.InputException;
import io.stackgen.lint.Finding;
import io.stackgen.lint.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@code --fail-on}: the lowest severity that fails the run, or never. */
record FailOn(Optional<Severity> threshold) {
    static final String VALUES = "critical, high, medium, low, never";

    static FailOn parse(String text) {
        String level = text.strip().toLowerCase(Locale.ROOT);
        return switch (level) {
            case "never" -> new FailOn(Optional.empty());
            case "critical", "high", "medium", "low" -> new FailOn(Optional.of(Severity.valueOf(level.toUpperCase(Locale.ROOT))));
            default -> throw new InputException("--fail-on " + text + ": expected one of " + VALUES);
        };
    }

    boolean fails(List<Finding> findings) {
        return threshold.map(t -> findings.stream().anyMatch(f -> f.severity().atLeast(t))).orElse(false);
    }
}
