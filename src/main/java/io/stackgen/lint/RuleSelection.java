package io.stackgen.lint;

import io.stackgen.common.InputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The rules a run uses, out of a catalogue. {@code --enable} and {@code --disable} each name rule ids or families
 * ({@code DS}, {@code HYG}). With no {@code --enable} every rule runs; with some, only those. {@code --disable}
 * then removes rules, and wins over {@code --enable} for a rule both name ({@code --enable DS --disable DS09}:
 * the DS family but DS09).
 *
 * @param catalogue every rule known (suppressions naming any other id are reported)
 * @param enabled   the rules that run, in catalogue order
 */
public record RuleSelection(List<Rule> catalogue, List<Rule> enabled) {
    private static final String FAMILIES = String.join(", ", Arrays.stream(Family.values()).map(Family::name).toList());

    /** Every rule of the catalogue. */
    public static RuleSelection all(List<Rule> catalogue) {
        return new RuleSelection(List.copyOf(catalogue), List.copyOf(catalogue));
    }

    /**
     * @throws InputException for a name that is neither a rule id nor a family, or when nothing is left to run
     */
    public static RuleSelection of(List<Rule> catalogue, List<String> enable, List<String> disable) {
        Predicate<Rule> enabled = enable.isEmpty() ? r -> true : anyOf(catalogue, enable, "--enable");
        Predicate<Rule> disabled = anyOf(catalogue, disable, "--disable");
        List<Rule> selected = new ArrayList<>();
        for (Rule rule : catalogue) {
            if (enabled.test(rule) && !disabled.test(rule)) {
                selected.add(rule);
            }
        }
        if (selected.isEmpty() && !catalogue.isEmpty()) {
            throw new InputException("--enable/--disable leave no rule to run");
        }
        return new RuleSelection(List.copyOf(catalogue), List.copyOf(selected));
    }

    private static Predicate<Rule> anyOf(List<Rule> catalogue, List<String> names, String flag) {
        Predicate<Rule> any = r -> false;
        for (String raw : names) {
            String name = raw.strip().toUpperCase(Locale.ROOT);
            Predicate<Rule> one = r -> r.metadata().id().equalsIgnoreCase(name) || r.metadata().family().name().equals(name);
            if (catalogue.stream().noneMatch(one) && !isFamily(name)) {
                throw new InputException(flag + " " + raw + ": no such rule or family (families: " + FAMILIES
                        + "; 'stackgen rules' lists the rules)");
            }
            any = any.or(one);
        }
        return any;
    }

    private static boolean isFamily(String name) {
        return Arrays.stream(Family.values()).anyMatch(f -> f.name().equals(name));
    }
}
