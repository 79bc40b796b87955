package io.stackgen.lint.model;

/**
 * The parts of an image reference: {@code registry.example.com/consensys/maru:0f6dc85@sha256:…} has repository
 * {@code registry.example.com/consensys/maru}, name {@code maru}, tag {@code 0f6dc85} and a digest.
 */
public record ImageName(String repository, String tag, String digest) {

    public static ImageName parse(String reference) {
        String rest = reference.strip();
        String digest = "";
        int at = rest.indexOf('@');
        if (at >= 0) {
            digest = rest.substring(at + 1);
            rest = rest.substring(0, at);
        }
        String tag = "";
        int colon = rest.lastIndexOf(':');
        if (colon > rest.lastIndexOf('/')) {
            tag = rest.substring(colon + 1);
            rest = rest.substring(0, colon);
        }
        return new ImageName(rest, tag, digest);
    }

    /** The last path segment of the repository, e.g. {@code maru}. */
    public String name() {
        return repository.substring(repository.lastIndexOf('/') + 1);
    }

    /** Whether a path segment of the repository equals {@code segment}, e.g. {@code prysm}. */
    public boolean hasSegment(String segment) {
        for (String part : repository.split("/")) {
            if (part.equals(segment)) {
                return true;
            }
        }
        return false;
    }
}
