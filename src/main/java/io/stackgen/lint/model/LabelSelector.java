package io.stackgen.lint.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A label selector as the API evaluates it: {@code matchLabels} and {@code matchExpressions} (PodDisruptionBudget,
 * NetworkPolicy, ServiceMonitor, workload selectors), or a Service's plain {@code key: value} map.
 */
public final class LabelSelector {
    private static final LabelSelector NOTHING = new LabelSelector(Map.of(), List.of(), false);

    private final Map<String, String> matchLabels;
    private final List<Requirement> requirements;
    private final boolean matchesAnything;
    private String key;

    private record Requirement(String key, String operator, Set<String> values) {
        String canonical() {
            return key + " " + operator + " " + new TreeSet<>(values);
        }

        boolean matches(Map<String, Object> labels) {
            Object value = labels.get(key);
            return switch (operator) {
                case "In" -> value != null && values.contains(String.valueOf(value));
                case "NotIn" -> value == null || !values.contains(String.valueOf(value));
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> false; // the API rejects other operators
            };
        }
    }

    private LabelSelector(Map<String, String> matchLabels, List<Requirement> requirements, boolean matchesAnything) {
        this.matchLabels = matchLabels;
        this.requirements = requirements;
        this.matchesAnything = matchesAnything;
    }

    /**
     * A {@code metav1.LabelSelector}. An empty selector ({@code {}}) selects everything; an absent one ({@code null})
     * selects nothing, as for a PodDisruptionBudget.
     */
    public static LabelSelector of(Object selector) {
        if (!(selector instanceof Map<?, ?> map)) {
            return NOTHING;
        }
        List<Requirement> requirements = new ArrayList<>();
        for (Object item : Tree.list(map, List.of("matchExpressions"))) {
            Map<String, Object> expression = Tree.map(item, List.of());
            Set<String> values = Tree.list(expression, List.of("values")).stream().map(String::valueOf)
                    .collect(Collectors.toUnmodifiableSet());
            requirements.add(new Requirement(Tree.text(expression, List.of("key")).orElse(""),
                    Tree.text(expression, List.of("operator")).orElse(""), values));
        }
        return new LabelSelector(strings(Tree.map(map, List.of("matchLabels"))), List.copyOf(requirements), true);
    }

    /** A Service's {@code spec.selector}: plain labels; empty or absent selects nothing (endpoints are managed by hand). */
    public static LabelSelector ofLabels(Map<String, Object> labels) {
        return labels.isEmpty() ? NOTHING : new LabelSelector(strings(labels), List.of(), true);
    }

    public boolean matches(Map<String, Object> labels) {
        if (!matchesAnything) {
            return false;
        }
        for (Map.Entry<String, String> wanted : matchLabels.entrySet()) {
            Object value = labels.get(wanted.getKey());
            if (value == null || !String.valueOf(value).equals(wanted.getValue())) {
                return false;
            }
        }
        for (Requirement requirement : requirements) {
            if (!requirement.matches(labels)) {
                return false;
            }
        }
        return true;
    }

    /** The same text for selectors that select the same objects (as far as their spelling shows). */
    public String key() {
        if (key == null) {
            key = new TreeMap<>(matchLabels) + " " + requirements.stream().map(Requirement::canonical).sorted().toList();
        }
        return key;
    }

    /** Whether no object can match (an absent selector). */
    public boolean selectsNothing() {
        return !matchesAnything;
    }

    /** The {@code key=value} pairs every match must carry, to look candidates up by label. */
    public Map<String, String> matchLabels() {
        return matchLabels;
    }

    private static Map<String, String> strings(Map<String, Object> labels) {
        Map<String, String> out = new LinkedHashMap<>();
        labels.forEach((k, v) -> out.put(k, String.valueOf(v)));
        return Map.copyOf(out);
    }
}
