package io.stackgen.lint.rules.hyg;

import io.stackgen.lint.Family;
import io.stackgen.lint.FindingSink;
import io.stackgen.lint.LintRule;
import io.stackgen.lint.LintSet;
import io.stackgen.lint.Rule;
import io.stackgen.lint.Severity;
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
        ServicesByNamespace services = new ServicesByNamespace(set);
        for (ManifestObject monitor : set.ofKind("ServiceMonitor")) {
            List<ManifestObject> candidates = services.watchedBy(monitor);
            if (candidates.isEmpty()) {
                continue; // it watches namespaces this set does not render
            }
            LabelSelector selector = LabelSelector.of(Tree.at(monitor.data(), List.of("spec", "selector")).orElse(null));
            List<ManifestObject> matched = candidates.stream().filter(s -> selector.matches(s.labels())).toList();
            if (matched.isEmpty()) {
                findings.report(monitor, List.of("spec", "selector"), "the selector matches none of the "
                        + candidates.size() + " Service(s) in the namespaces it watches, so nothing is scraped");
                continue;
            }
            Set<String> portNames = new HashSet<>();
            for (ManifestObject service : matched) {
                for (Object port : Tree.list(service.data(), List.of("spec", "ports"))) {
                    Tree.text(port, List.of("name")).ifPresent(portNames::add);
                }
            }
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
     * The set's Services by namespace, to find those a monitor watches: {@code namespaceSelector.any},
     * {@code matchNames}, or by default the monitor's own namespace. A Service that names no namespace lands in
     * whichever one it is applied to, so it counts for any {@code matchNames}.
     */
    private static final class ServicesByNamespace {
        private final LintSet set;
        private final List<ManifestObject> all;
        private final Map<String, List<ManifestObject>> byNamespace = new HashMap<>();
        private final List<ManifestObject> unplaced = new ArrayList<>();

        ServicesByNamespace(LintSet set) {
            this.set = set;
            this.all = set.ofKind("Service");
            for (ManifestObject service : all) {
                byNamespace.computeIfAbsent(set.namespaceOf(service), n -> new ArrayList<>()).add(service);
                if (service.namespace().isEmpty()) {
                    unplaced.add(service);
                }
            }
        }

        List<ManifestObject> watchedBy(ManifestObject monitor) {
            if (Tree.at(monitor.data(), List.of("spec", "namespaceSelector", "any")).filter(Boolean.TRUE::equals).isPresent()) {
                return all;
            }
            List<?> names = Tree.list(monitor.data(), List.of("spec", "namespaceSelector", "matchNames"));
            if (names.isEmpty()) {
                return byNamespace.getOrDefault(set.namespaceOf(monitor), List.of());
            }
            Set<ManifestObject> watched = Collections.newSetFromMap(new IdentityHashMap<>());
            List<ManifestObject> inOrder = new ArrayList<>();
            for (Object name : names) {
                for (ManifestObject service : byNamespace.getOrDefault(String.valueOf(name), List.of())) {
                    if (watched.add(service)) {
                        inOrder.add(service);
                    }
                }
            }
            for (ManifestObject service : unplaced) {
                if (watched.add(service)) {
                    inOrder.add(service);
                }
            }
            return inOrder;
        }
    }

    private static String names(List<ManifestObject> services) {
        return services.stream().map(ManifestObject::name).toList().toString();
    }
}
