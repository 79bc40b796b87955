package io.stackgen.lint.rules.hyg;

/**
 * A container image reference split into its parts: {@code registry:5000/org/name:tag@sha256:…}.
 *
 * @param repository everything before the tag and digest, registry included
 * @param tag        empty when untagged
 * @param digest     empty when not pinned by digest
 */
record ImageReference(String repository, String tag, String digest) {

    static ImageReference parse(String image) {
        String name = image.strip();
        String digest = "";
        int at = name.indexOf('@');
        if (at >= 0) {
            digest = name.substring(at + 1);
            name = name.substring(0, at);
        }
        int colon = name.lastIndexOf(':');
        if (colon > name.lastIndexOf('/')) {
            return new ImageReference(name.substring(0, colon), name.substring(colon + 1), digest);
        }
        return new ImageReference(name, "", digest);
    }

    /** The last path segment of the repository, e.g. {@code linea-besu-package}. */
    String shortName() {
        return repository.substring(repository.lastIndexOf('/') + 1);
    }
}
