package io.stackgen.lint.model;

import java.util.Locale;
import java.util.Optional;

/** What a workload does, as far as double signing is concerned ({@code stackgen.io/role} values). */
public enum Role {
    SIGNER, SIGNER_SIDECAR, SENTRY, RPC, STORAGE;

    /** The annotation value, e.g. {@code signer-sidecar}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Role> fromLabel(String label) {
        for (Role role : values()) {
            if (role.label().equals(label.strip())) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    public boolean signs() {
        return this == SIGNER || this == SIGNER_SIDECAR;
    }
}
