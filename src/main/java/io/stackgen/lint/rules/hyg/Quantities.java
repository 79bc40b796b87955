package io.stackgen.lint.rules.hyg;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Kubernetes resource quantities ({@code 10Gi}, {@code 500M}, {@code 1e9}) as numbers. */
final class Quantities {
    private static final Pattern QUANTITY = Pattern.compile("([0-9]+(?:\\.[0-9]*)?(?:[eE][+-]?[0-9]+)?)([A-Za-z]*)");
    private static final Map<String, Double> SUFFIXES = Map.ofEntries(
            Map.entry("", 1d), Map.entry("m", 1e-3),
            Map.entry("k", 1e3), Map.entry("M", 1e6), Map.entry("G", 1e9), Map.entry("T", 1e12), Map.entry("P", 1e15),
            Map.entry("Ki", 1024d), Map.entry("Mi", Math.pow(1024, 2)), Map.entry("Gi", Math.pow(1024, 3)),
            Map.entry("Ti", Math.pow(1024, 4)), Map.entry("Pi", Math.pow(1024, 5)));

    static final double GIBIBYTE = Math.pow(1024, 3);

    private Quantities() {
    }

    /** The quantity's value (bytes for storage), or empty when it is not a quantity. */
    static OptionalDouble parse(Object quantity) {
        if (quantity instanceof Number number) {
            return OptionalDouble.of(number.doubleValue());
        }
        if (quantity == null) {
            return OptionalDouble.empty();
        }
        Matcher m = QUANTITY.matcher(String.valueOf(quantity).strip());
        if (!m.matches() || !SUFFIXES.containsKey(m.group(2))) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Double.parseDouble(m.group(1)) * SUFFIXES.get(m.group(2)));
    }
}
