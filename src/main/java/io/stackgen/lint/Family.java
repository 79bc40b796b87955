package io.stackgen.lint;

/** The rule families of RULES.md. */
public enum Family {
    DS("double signing"),
    SEC("secret material"),
    NET("Ingress and Gateway API exposure"),
    HYG("hygiene");

    private final String title;

    Family(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
