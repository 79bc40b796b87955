package io.stackgen.lint.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides which workloads hold a signing key, in RULES.md's order of confidence: the {@code stackgen.io/role}
 * annotation (on the workload, else on its pod template; an explicit answer wins both ways), then known key
 * files mounted, named in args or set in a mounted config file, then known signer images and commands.
 * RPC nodes (Besu without a node key), ethstats, exporters and databases match none of these.
 */
public final class SignerDetection {
    public static final String ROLE_ANNOTATION = "stackgen.io/role";

    private SignerDetection() {
    }

    /** The workload's role and the signal that decided it; empty when nothing says. */
    public static Optional<RoleEvidence> classify(Workload workload) {
        Optional<RoleEvidence> annotated = annotation(workload.object().annotations())
                .or(() -> annotation(Tree.map(workload.podMetadata(), List.of("annotations"))));
        if (annotated.isPresent()) {
            return annotated;
        }
        Optional<RoleEvidence> keyFile = KeyFiles.signing(workload).map(k -> new RoleEvidence(Role.SIGNER, k.signal()));
        if (keyFile.isPresent()) {
            return keyFile;
        }
        return SignerImages.match(workload).map(signal -> new RoleEvidence(Role.SIGNER, signal));
    }

    /** A value that names no role is no answer, so the other signals still count. */
    private static Optional<RoleEvidence> annotation(Map<String, Object> annotations) {
        Object value = annotations.get(ROLE_ANNOTATION);
        if (value == null) {
            return Optional.empty();
        }
        return Role.fromLabel(String.valueOf(value))
                .map(role -> new RoleEvidence(role, "annotation " + ROLE_ANNOTATION + "=" + role.label()));
    }
}
