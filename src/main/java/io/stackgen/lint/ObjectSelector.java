package io.stackgen.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which objects a configured suppression covers. Each part is a {@link Glob}; an absent part matches anything.
 * The namespace compared is the effective one (the run's default for objects that name none).
 */
public record ObjectSelector(Optional<Glob> kind, Optional<Glob> namespace, Optional<Glob> name) {

    public boolean matches(ObjectRef object) {
        return kind.map(g -> g.matches(object.kind())).orElse(true)
                && namespace.map(g -> g.matches(object.namespace())).orElse(true)
                && name.map(g -> g.matches(object.name())).orElse(true);
    }

    /** E.g. {@code kind=Deployment name=ethstats-*}. */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        kind.ifPresent(g -> parts.add("kind=" + g));
        namespace.ifPresent(g -> parts.add("namespace=" + g));
        name.ifPresent(g -> parts.add("name=" + g));
        return parts.isEmpty() ? "any object" : String.join(" ", parts);
    }
}
