package io.stackgen.lint.rules.hyg;

import io.stackgen.lint.Family;
import io.stackgen.lint.FindingSink;
import io.stackgen.lint.LintRule;
import io.stackgen.lint.LintSet;
import io.stackgen.lint.Rule;
import io.stackgen.lint.Severity;
import io.stackgen.lint.model.LabelIndex;
import io.stackgen.lint.model.LabelSelector;
import io.stackgen.lint.model.Tree;
import io.stackgen.manifest.ManifestObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

@LintRule(id = "HYG09", title = "ServiceMonitor that scrapes nothing", severity = Severity.MEDIUM, family = Family.HYG,
        rationale = "A ServiceMonitor whose selector matches no Service, or whose endpoint names a port no matching "
                + "Service carries, is accepted by the API and silently scrapes nothing: the dashboards and the "
                + "missed-block alerts built on it stay empty until the night they were needed.",
        fix = "Make spec.selector match the Service's labels (and namespaceSelector its namespace), and name the "
                + "Service port the endpoint refers to (endpoints[].port is a Service port name, not a number).",
        references = {"https://prometheus-operator.dev/docs/api-reference/api/#monitoring.coreos.com/v1.Endpoint",
                "https://docs.kubelinter.io/#/generated/checks?id=dangling-servicemonitor"})
public final class DanglingServiceMonitorRule implements Rule {

    @Override
    public void check(LintSet set, FindingSink findings) {
        WatchedServices services = new WatchedServices(set);
        Map<String, Set<String>> portNamesBySelection = new HashMap<>();
        for (ManifestObject monitor : set.ofKind("ServiceMonitor")) {
            List<String> namespaces = services.namespacesWatchedBy(monitor);
            if (services.count(namespaces) == 0) {
                continue; // it watches namespaces this set does not render
            }
            LabelSelector selector = LabelSelector.of(Tree.at(monitor.data(), List.of("spec", "selector")).orElse(null));
            List<ManifestObject> matched = services.select(namespaces, selector);
            if (matched.isEmpty()) {
                findings.report(monitor, List.of("spec", "selector"), "the selector matches none of the "
                        + services.count(namespaces) + " Service(s) in the namespaces it watches, so nothing is scraped");
                continue;
            }
            Set<String> portNames = portNamesBySelection.computeIfAbsent(namespaces + " " + selector.key(), k -> portNames(matched));
            List<?> endpoints = Tree.list(monitor.data(), List.of("spec", "endpoints"));
            for (int i = 0; i < endpoints.size(); i++) {
                String port = Tree.text(endpoints.get(i), List.of("port")).orElse(null);
                if (port != null && !portNames.contains(port)) {
                    findings.report(monitor, List.of("spec", "endpoints", i, "port"), "endpoint port '" + port
                            + "' is not the name of a port of the selected Service(s) " + names(matched)
                            + ", so that endpoint scrapes nothing");
                }
            }
        }
    }

    /**
     * The set's Services by namespace and label, to find those a monitor watches: {@code namespaceSelector.any},
     * {@code matchNames}, or by default the monitor's own namespace. A Service that names no namespace lands in
     * whichever one it is applied to, so it counts for any {@code matchNames}.
     */
    private static final class WatchedServices {
        private static final String ANY = "(any namespace)";
        private static final String UNPLACED = "(no namespace written)";

        private final LintSet set;
        private final LabelIndex<ManifestObject> byNamespace = new LabelIndex<>();
        private final LabelIndex<ManifestObject> pooled = new LabelIndex<>();
        private final Map<String, List<ManifestObject>> selections = new HashMap<>();

        WatchedServices(LintSet set) {
            this.set = set;
            for (ManifestObject service : set.ofKind("Service")) {
                byNamespace.add(set.namespaceOf(service), service.labels(), service);
                pooled.add(ANY, service.labels(), service);
                if (service.namespace().isEmpty()) {
                    pooled.add(UNPLACED, service.labels(), service);
                }
            }
        }

        /** Index keys to look in: namespaces, or the pools of all and of unplaced Services. */
        List<String> namespacesWatchedBy(ManifestObject monitor) {
            if (Tree.at(monitor.data(), List.of("spec", "namespaceSelector", "any")).filter(Boolean.TRUE::equals).isPresent()) {
                return List.of(ANY);
            }
            List<?> names = Tree.list(monitor.data(), List.of("spec", "namespaceSelector", "matchNames"));
            if (names.isEmpty()) {
                return List.of(set.namespaceOf(monitor));
            }
            List<String> keys = new ArrayList<>();
            names.forEach(n -> keys.add(String.valueOf(n)));
            keys.add(UNPLACED);
            return keys;
        }

        int count(List<String> keys) {
            return keys.stream().mapToInt(k -> index(k).inNamespace(k).size()).sum();
        }

        List<ManifestObject> select(List<String> keys, LabelSelector selector) {
            return selections.computeIfAbsent(keys + " " + selector.key(), k -> union(keys, selector));
        }

        private List<ManifestObject> union(List<String> keys, LabelSelector selector) {
            Set<ManifestObject> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            List<ManifestObject> selected = new ArrayList<>();
            for (String key : keys) {
                index(key).select(key, selector).stream().filter(seen::add).forEach(selected::add);
            }
            return selected;
        }

        private LabelIndex<ManifestObject> index(String key) {
            return key.equals(ANY) || key.equals(UNPLACED) ? pooled : byNamespace;
        }
    }

    private static Set<String> portNames(List<ManifestObject> services) {
        Set<String> names = new HashSet<>();
        for (ManifestObject service : services) {
            for (Object port : Tree.list(service.data(), List.of("spec", "ports"))) {
                Tree.text(port, List.of("name")).ifPresent(names::add);
            }
        }
        return names;
    }

    private static String names(List<ManifestObject> services) {
        return services.stream().map(ManifestObject::name).toList().toString();
    }
}
