package io.stackgen.cli;

import io.stackgen.common.InputException;
import java.time.Duration;

/** {@code --timeout SECONDS}: a whole number of seconds, at least one (0 would stop every run at once). */
final class TimeoutSeconds {
    private TimeoutSeconds() {
    }

    static Duration of(int seconds) {
        if (seconds < 1) {
            throw new InputException("--timeout must be at least 1 second, got " + seconds);
        }
        return Duration.ofSeconds(seconds);
    }
}
