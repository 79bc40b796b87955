package io.stackgen.lint.rules.hyg;

import io.stackgen.lint.LintSet;
import io.stackgen.lint.model.LabelSelector;
import io.stackgen.lint.model.Tree;
import io.stackgen.lint.model.Workload;
import io.stackgen.lint.model.WorkloadIndex;
import io.stackgen.manifest.ManifestObject;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The Services of a set and the workloads each selects (same namespace, pod-template labels). */
final class ServiceBackedWorkloads {
    private ServiceBackedWorkloads() {
    }

    /** A Service's {@code spec.selector}; ExternalName Services select nothing. */
    static LabelSelector selectorOf(ManifestObject service) {
        if ("ExternalName".equals(Tree.text(service.data(), List.of("spec", "type")).orElse(""))) {
            return LabelSelector.ofLabels(Map.of());
        }
        return LabelSelector.ofLabels(Tree.map(service.data(), List.of("spec", "selector")));
    }

    /** Workloads that some Service of the set sends traffic to. */
    static Set<Workload> of(LintSet set) {
        return set.shared(ServiceBackedWorkloads.class, ServiceBackedWorkloads::find);
    }

    private static Set<Workload> find(LintSet set) {
        WorkloadIndex index = WorkloadIndex.of(set);
        Set<Workload> backed = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<String> selections = new HashSet<>();
        for (ManifestObject service : set.ofKind("Service")) {
            LabelSelector selector = selectorOf(service);
            String namespace = set.namespaceOf(service);
            if (selections.add(namespace + "\u0000" + selector.key())) {
                backed.addAll(index.select(namespace, selector));
            }
        }
        return backed;
    }
}
