package io.stackgen.report;

import io.stackgen.lint.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The order reports list findings in: files in the order the run read them, and within a file by line, column and
 * rule id, as a compiler lists errors. Every format uses it, so the formats agree and output is byte-stable.
 */
final class FindingOrder {
    private FindingOrder() {
    }

    static List<Finding> sorted(List<Finding> findings) {
        return sorted(findings, Function.identity());
    }

    static <T> List<T> sorted(List<T> items, Function<T, Finding> findingOf) {
        Map<String, Integer> fileRank = new HashMap<>();
        for (T item : items) {
            fileRank.putIfAbsent(findingOf.apply(item).position().file(), fileRank.size());
        }
        Comparator<Finding> order = Comparator
                .<Finding>comparingInt(f -> fileRank.get(f.position().file()))
                .thenComparingInt(f -> f.position().line())
                .thenComparingInt(f -> f.position().column())
                .thenComparing(Finding::ruleId);
        List<T> copy = new ArrayList<>(items);
        copy.sort(Comparator.comparing(findingOf, order));
        return copy;
    }
}
