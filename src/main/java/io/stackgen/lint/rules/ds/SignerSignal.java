package io.stackgen.lint.rules.ds;

import io.stackgen.lint.model.RoleEvidence;
import io.stackgen.lint.model.Workload;

/** The words every DS message ends with: which signal made the workload a signer, so a wrong guess can be corrected. */
final class SignerSignal {
    private SignerSignal() {
    }

    /** E.g. {@code (signer: annotation stackgen.io/role=signer)}. */
    static String of(Workload workload) {
        return workload.role().map(SignerSignal::of).orElse("(not identified as a signer)");
    }

    static String of(RoleEvidence evidence) {
        return "(" + evidence.role().label() + ": " + evidence.signal() + ")";
    }

    /** {@code StatefulSet maru} or, with its namespace, {@code StatefulSet validators/maru}. */
    static String name(Workload workload) {
        return workload.kind() + " " + workload.object().name();
    }
}
