package io.stackgen.lint.rules.net;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Host name patterns and when two of them can name the same host. Gateway API (listeners, routes): a leading
 * {@code *.} stands for one or more labels, so {@code *.example.com} matches {@code a.example.com} and
 * {@code a.b.example.com} but not {@code example.com}. Ingress: the wildcard stands for exactly one label.
 */
final class Hostnames {
    private Hostnames() {
    }

    /** What a leading {@code *} stands for. */
    enum Wildcard { NONE, ONE_LABEL, LABELS }

    /**
     * One host name pattern.
     *
     * @param suffix   the host without its wildcard label, lower case, no trailing dot
     * @param wildcard what the leading {@code *} stands for, NONE for an exact host
     */
    record Pattern(String suffix, Wildcard wildcard) {
        boolean exact() {
            return wildcard == Wildcard.NONE;
        }

        @Override
        public String toString() {
            return exact() ? suffix : "*." + suffix;
        }
    }

    /** A hostname as a Gateway API listener or route writes it. */
    static Pattern gateway(String host) {
        return parse(host, Wildcard.LABELS);
    }

    /** A host as an Ingress rule writes it. */
    static Pattern ingress(String host) {
        return parse(host, Wildcard.ONE_LABEL);
    }

    private static Pattern parse(String host, Wildcard wildcard) {
        String normal = host.strip().toLowerCase(Locale.ROOT);
        if (normal.endsWith(".")) {
            normal = normal.substring(0, normal.length() - 1);
        }
        return normal.startsWith("*.") ? new Pattern(normal.substring(2), wildcard) : new Pattern(normal, Wildcard.NONE);
    }

    /** Whether some host matches both patterns. */
    static boolean intersect(Pattern a, Pattern b) {
        if (a.exact() && b.exact()) {
            return a.suffix().equals(b.suffix());
        }
        if (a.exact() || b.exact()) {
            Pattern host = a.exact() ? a : b;
            Pattern wildcard = a.exact() ? b : a;
            return covers(wildcard, host.suffix());
        }
        if (a.suffix().equals(b.suffix())) {
            return true;
        }
        // *.x.example.com and *.example.com share x.x.example.com… only if the shorter one's wildcard spans labels.
        Pattern longer = a.suffix().length() > b.suffix().length() ? a : b;
        Pattern shorter = longer == a ? b : a;
        return shorter.wildcard() == Wildcard.LABELS && longer.suffix().endsWith("." + shorter.suffix());
    }

    /** Whether a wildcard pattern matches an exact host. */
    private static boolean covers(Pattern wildcard, String host) {
        if (!host.endsWith("." + wildcard.suffix())) {
            return false;
        }
        String prefix = host.substring(0, host.length() - wildcard.suffix().length() - 1);
        return !prefix.isEmpty() && (wildcard.wildcard() == Wildcard.LABELS || prefix.indexOf('.') < 0);
    }

    /** The proper suffixes of a host, longest first: {@code a.b.c} → {@code b.c}, {@code c}. */
    private static List<String> parents(String host) {
        List<String> parents = new ArrayList<>();
        for (int dot = host.indexOf('.'); dot >= 0; dot = host.indexOf('.', dot + 1)) {
            parents.add(host.substring(dot + 1));
        }
        return parents;
    }

    /**
     * Patterns with a value each, looked up by any pattern they intersect with, without comparing against every
     * entry: exact hosts by name and by each parent domain, wildcards by their suffix and its parents.
     */
    static final class Index<T> {
        private record Entry<T>(Pattern pattern, T value) {
        }

        private final Map<String, List<Entry<T>>> exactByHost = new HashMap<>();
        private final Map<String, List<Entry<T>>> exactByParent = new HashMap<>();
        private final Map<String, List<Entry<T>>> wildcardBySuffix = new HashMap<>();
        private final Map<String, List<Entry<T>>> wildcardBySuffixParent = new HashMap<>();

        void add(Pattern pattern, T value) {
            Entry<T> entry = new Entry<>(pattern, value);
            if (pattern.exact()) {
                exactByHost.computeIfAbsent(pattern.suffix(), k -> new ArrayList<>()).add(entry);
                parents(pattern.suffix()).forEach(p -> exactByParent.computeIfAbsent(p, k -> new ArrayList<>()).add(entry));
            } else {
                wildcardBySuffix.computeIfAbsent(pattern.suffix(), k -> new ArrayList<>()).add(entry);
                parents(pattern.suffix()).forEach(p -> wildcardBySuffixParent.computeIfAbsent(p, k -> new ArrayList<>()).add(entry));
            }
        }

        /** Values whose pattern intersects {@code query}, each (the same instance) once. */
        List<T> intersecting(Pattern query) {
            List<Entry<T>> candidates = new ArrayList<>();
            if (query.exact()) {
                candidates.addAll(exactByHost.getOrDefault(query.suffix(), List.of()));
                parents(query.suffix()).forEach(p -> candidates.addAll(wildcardBySuffix.getOrDefault(p, List.of())));
            } else {
                candidates.addAll(exactByParent.getOrDefault(query.suffix(), List.of()));
                candidates.addAll(wildcardBySuffix.getOrDefault(query.suffix(), List.of()));
                parents(query.suffix()).forEach(p -> candidates.addAll(wildcardBySuffix.getOrDefault(p, List.of())));
                candidates.addAll(wildcardBySuffixParent.getOrDefault(query.suffix(), List.of()));
            }
            Set<T> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            List<T> values = new ArrayList<>();
            for (Entry<T> candidate : candidates) {
                if (intersect(candidate.pattern(), query) && seen.add(candidate.value())) {
                    values.add(candidate.value());
                }
            }
            return values;
        }
    }
}
