package io.stackgen.packaging;

import io.stackgen.common.InputException;
import java.time.Instant;
import java.util.Map;

/**
 * The time written into every archive entry (and, by push, into the OCI {@code created} annotation):
 * {@code SOURCE_DATE_EPOCH} when it is set, as reproducible-builds.org specifies, else 1980-01-01T00:00:00Z,
 * the earliest time every archive format (zip's DOS time included) can hold. Never the clock.
 */
public final class ArchiveEpoch {
    public static final String VARIABLE = "SOURCE_DATE_EPOCH";
    public static final Instant FIXED = Instant.parse("1980-01-01T00:00:00Z");

    private ArchiveEpoch() {
    }

    public static Instant from(Map<String, String> environment) {
        String value = environment.get(VARIABLE);
        if (value == null || value.isBlank()) {
            return FIXED;
        }
        try {
            long seconds = Long.parseLong(value.strip());
            if (seconds < 0) {
                throw new NumberFormatException();
            }
            return Instant.ofEpochSecond(seconds);
        } catch (NumberFormatException e) {
            throw new InputException(VARIABLE + " must be a whole number of seconds since 1970-01-01 UTC, got '" + value + "'");
        }
    }
}
