package io.stackgen.lint.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Items with labels (pod templates, Services) by namespace and {@code key=value}, so that a selector is resolved
 * against the few items carrying its rarest label instead of all of them. Selections are remembered, since many
 * objects share one selector (every Service, budget and policy of a component). Once filled, an index may be
 * shared between threads.
 *
 * @param <T> the item type; compared by identity
 */
public final class LabelIndex<T> {
    private final Map<String, List<T>> byNamespace = new HashMap<>();
    private final Map<String, Map<String, List<T>>> byLabel = new HashMap<>();
    private final Map<String, List<T>> selections = new ConcurrentHashMap<>();
    private final Map<T, Map<String, Object>> labels = new IdentityHashMap<>();

    public void add(String namespace, Map<String, Object> itemLabels, T item) {
        byNamespace.computeIfAbsent(namespace, n -> new ArrayList<>()).add(item);
        Map<String, List<T>> index = byLabel.computeIfAbsent(namespace, n -> new HashMap<>());
        itemLabels.forEach((k, v) -> index.computeIfAbsent(k + "=" + v, l -> new ArrayList<>()).add(item));
        labels.put(item, itemLabels);
    }

    public List<T> inNamespace(String namespace) {
        return byNamespace.getOrDefault(namespace, List.of());
    }

    /** Items in {@code namespace} the selector matches, in the order they were added. */
    public List<T> select(String namespace, LabelSelector selector) {
        if (selector.selectsNothing()) {
            return List.of();
        }
        return selections.computeIfAbsent(namespace + "\u0000" + selector.key(), k -> compute(namespace, selector));
    }

    private List<T> compute(String namespace, LabelSelector selector) {
        List<T> candidates = inNamespace(namespace);
        Map<String, List<T>> index = byLabel.getOrDefault(namespace, Map.of());
        for (Map.Entry<String, String> pair : selector.matchLabels().entrySet()) {
            List<T> carrying = index.getOrDefault(pair.getKey() + "=" + pair.getValue(), List.of());
            if (carrying.size() < candidates.size()) {
                candidates = carrying;
            }
        }
        List<T> selected = new ArrayList<>();
        for (T item : candidates) {
            if (selector.matches(labels.get(item))) {
                selected.add(item);
            }
        }
        return List.copyOf(selected);
    }
}
