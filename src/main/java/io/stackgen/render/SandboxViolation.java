package io.stackgen.render;

/**
 * A template tried something the sandbox forbids (a Java method or property, changing values, a name outside the
 * chart) or ran into one of the render limits. The message says which rule or limit, with its configured value.
 */
public final class SandboxViolation extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SandboxViolation(String message) {
        super(message);
    }
}
