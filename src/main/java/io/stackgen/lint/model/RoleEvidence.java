package io.stackgen.lint.model;

/**
 * Why a workload was given a role; findings quote the signal so the user can see (and correct) the decision.
 *
 * @param role   the decided role
 * @param signal e.g. {@code annotation stackgen.io/role=signer}, {@code mounts server.json (Linera validator key)}
 */
public record RoleEvidence(Role role, String signal) {
}
