package io.stackgen.chart;

import io.stackgen.common.InputException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dependency's {@code version}, read as Helm reads it (Masterminds semver constraints): an exact
 * version ({@code 0.2.1}), a partial one or wildcard ({@code 0.2}, {@code 0.2.x}, {@code *}),
 * comparisons ({@code >=1.0.0 <2.0.0}, also comma-separated), {@code ~1.2.3}, {@code ^1.2} and
 * alternatives joined by {@code ||}. A pre-release version only satisfies terms that name a pre-release.
 */
final class VersionConstraint {
    private static final Pattern TERM = Pattern.compile(
            "(!=|>=|=>|<=|=<|~>|[=><~^])?\\s*v?(\\d+|[xX*])(?:\\.(\\d+|[xX*]))?(?:\\.(\\d+|[xX*]))?"
                    + "(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?");

    private final String text;
    private final List<List<Predicate<SemVer>>> anyOf;

    private VersionConstraint(String text, List<List<Predicate<SemVer>>> anyOf) {
        this.text = text;
        this.anyOf = anyOf;
    }

    /** {@code where} starts the error message for a constraint that cannot be read. */
    static VersionConstraint parse(String where, String text) {
        List<List<Predicate<SemVer>>> anyOf = new ArrayList<>();
        for (String alternative : text.split("\\|\\|", -1)) {
            List<Predicate<SemVer>> allOf = new ArrayList<>();
            for (String term : alternative.trim().replaceAll("([=><~^!])\\s+", "$1").split("[\\s,]+")) {
                if (!term.isEmpty()) {
                    allOf.add(term(where, text, term));
                }
            }
            if (allOf.isEmpty()) {
                throw new InputException(where + ": '" + text + "' is not a version or version constraint");
            }
            anyOf.add(allOf);
        }
        return new VersionConstraint(text, anyOf);
    }

    boolean allows(String version) {
        SemVer v = SemVer.parse(version);
        return anyOf.stream().anyMatch(allOf -> allOf.stream().allMatch(t -> t.test(v)));
    }

    @Override
    public String toString() {
        return text;
    }

    private static Predicate<SemVer> term(String where, String whole, String term) {
        Matcher m = TERM.matcher(term);
        if (!m.matches()) {
            throw new InputException(where + ": '" + whole + "' is not a version or version constraint");
        }
        String op = m.group(1) == null ? "=" : m.group(1);
        int given = 0;
        long[] parts = new long[3];
        for (int i = 0; i < 3 && m.group(i + 2) != null && Character.isDigit(m.group(i + 2).charAt(0)); i++) {
            parts[i] = Long.parseLong(m.group(i + 2));
            given++;
        }
        String pre = given == 3 && m.group(5) != null ? m.group(5).substring(1) : "";
        SemVer base = new SemVer(parts[0], parts[1], parts[2], pre);
        Predicate<SemVer> range = switch (op) {
            case "=" -> given == 3 ? v -> v.compareTo(base) == 0 : below(base, bump(base, given));
            case "!=" -> given == 3 ? v -> v.compareTo(base) != 0 : below(base, bump(base, given)).negate();
            case ">" -> given == 3 ? v -> v.compareTo(base) > 0 : atLeast(bump(base, given));
            case ">=", "=>" -> atLeast(base);
            case "<" -> v -> v.compareTo(base) < 0;
            case "<=", "=<" -> given == 3 ? v -> v.compareTo(base) <= 0 : below(SemVer.ZERO, bump(base, given));
            case "~", "~>" -> below(base, bump(base, Math.min(Math.max(given, 1), 2)));
            default -> below(base, bump(base, caretLevel(base, given)));
        };
        return v -> range.test(v) && (v.pre().isEmpty() || !pre.isEmpty());
    }

    /** ^1.2.3 may move below the major; ^0.2.3 below the minor; ^0.0.3 only that patch. */
    private static int caretLevel(SemVer base, int given) {
        if (base.major() > 0 || given <= 1) {
            return Math.min(given, 1);
        }
        if (base.minor() > 0 || given == 2) {
            return 2;
        }
        return 3;
    }

    /** The first version past every version that agrees with {@code base} on its first {@code level} parts. */
    private static SemVer bump(SemVer base, int level) {
        return switch (level) {
            case 0 -> null;
            case 1 -> new SemVer(base.major() + 1, 0, 0, "");
            case 2 -> new SemVer(base.major(), base.minor() + 1, 0, "");
            default -> new SemVer(base.major(), base.minor(), base.patch() + 1, "");
        };
    }

    private static Predicate<SemVer> atLeast(SemVer low) {
        return low == null ? v -> false : v -> v.compareTo(low) >= 0;
    }

    private static Predicate<SemVer> below(SemVer low, SemVer high) {
        return v -> v.compareTo(low) >= 0 && (high == null || v.compareTo(high) < 0);
    }

    /** A semantic version; build metadata is ignored, as semver orders versions. */
    record SemVer(long major, long minor, long patch, String pre) implements Comparable<SemVer> {
        static final SemVer ZERO = new SemVer(0, 0, 0, "");
        private static final Pattern FULL = Pattern.compile("v?(\\d+)\\.(\\d+)\\.(\\d+)(?:-([0-9A-Za-z.-]+))?(?:\\+.*)?");

        static SemVer parse(String text) {
            Matcher m = FULL.matcher(text);
            if (!m.matches()) {
                throw new IllegalArgumentException("not a semantic version: " + text);
            }
            return new SemVer(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)),
                    m.group(4) == null ? "" : m.group(4));
        }

        @Override
        public int compareTo(SemVer o) {
            int c = Long.compare(major, o.major);
            c = c != 0 ? c : Long.compare(minor, o.minor);
            c = c != 0 ? c : Long.compare(patch, o.patch);
            return c != 0 ? c : comparePre(pre, o.pre);
        }

        private static int comparePre(String a, String b) {
            if (a.equals(b)) {
                return 0;
            }
            if (a.isEmpty() || b.isEmpty()) {
                return a.isEmpty() ? 1 : -1;
            }
            String[] x = a.split("\\.");
            String[] y = b.split("\\.");
            for (int i = 0; i < Math.min(x.length, y.length); i++) {
                int c = compareIdentifier(x[i], y[i]);
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(x.length, y.length);
        }

        private static int compareIdentifier(String a, String b) {
            boolean numA = a.chars().allMatch(Character::isDigit);
            boolean numB = b.chars().allMatch(Character::isDigit);
            if (numA && numB) {
                return new java.math.BigInteger(a).compareTo(new java.math.BigInteger(b));
            }
            if (numA != numB) {
                return numA ? -1 : 1;
            }
            return a.compareTo(b);
        }
    }
}
