package io.stackgen.lint;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One entry of a lint configuration file: findings of {@code ruleId} on objects matching {@code selector} are
 * silenced, for {@code reason}, until the end of {@code expires}.
 *
 * @param where where the entry is written, e.g. {@code .stackgen.yaml:4:5}, for notices about it
 */
public record Suppression(String ruleId, ObjectSelector selector, String reason, Optional<LocalDate> expires,
                          String where) {

    /** Applies on its expiry date and stops the day after. */
    public boolean expiredOn(LocalDate today) {
        return expires.map(today::isAfter).orElse(false);
    }
}
