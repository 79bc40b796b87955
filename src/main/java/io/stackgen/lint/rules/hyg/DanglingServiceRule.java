package io.stackgen.lint.rules.hyg;

import io.stackgen.lint.Family;
import io.stackgen.lint.FindingSink;
import io.stackgen.lint.LintRule;
import io.stackgen.lint.LintSet;
import io.stackgen.lint.Rule;
import io.stackgen.lint.Severity;
import io.stackgen.lint.model.Container;
import io.stackgen.lint.model.LabelSelector;
import io.stackgen.lint.model.Tree;
import io.stackgen.lint.model.Workload;
import io.stackgen.lint.model.WorkloadIndex;
import io.stackgen.manifest.ManifestObject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

@LintRule(id = "HYG10", title = "Service that reaches no pod or no container port", severity = Severity.HIGH,
        family = Family.HYG,
        rationale = "A Service whose selector matches no pod template, or whose targetPort names a port no selected "
                + "container declares, is accepted and has no endpoints: clients, peers and the ingress in front of it "
                + "see connection refused while every object looks healthy. A workload whose selector does not match "
                + "its own template is rejected by the API.",
        fix = "Make spec.selector a subset of the pod template's labels, and point targetPort at a containerPort "
                + "name (or number) the selected containers declare.",
        references = {"https://kubernetes.io/docs/concepts/services-networking/service/#defining-a-service",
                "https://docs.kubelinter.io/#/generated/checks?id=dangling-service"})
public final class DanglingServiceRule implements Rule {
    private static final Set<String> SELECTOR_KINDS = Set.of("Deployment", "StatefulSet", "ReplicaSet", "DaemonSet");

    @Override
    public void check(LintSet set, FindingSink findings) {
        WorkloadIndex index = WorkloadIndex.of(set);
        Map<String, ContainerPorts> portsBySelection = new HashMap<>();
        for (ManifestObject service : set.ofKind("Service")) {
            LabelSelector selector = ServiceBackedWorkloads.selectorOf(service);
            String namespace = set.namespaceOf(service);
            if (selector.selectsNothing() || index.inNamespace(namespace).isEmpty()) {
                continue; // endpoints managed by hand, or the pods come from outside this set
            }
            List<Workload> selected = index.select(namespace, selector);
            if (selected.isEmpty()) {
                findings.report(service, List.of("spec", "selector"), "the selector matches no pod template in namespace "
                        + namespace + ", so the Service has no endpoints");
            } else if (!"None".equals(Tree.text(service.data(), List.of("spec", "clusterIP")).orElse(""))) {
                ContainerPorts ports = portsBySelection.computeIfAbsent(namespace + "\u0000" + selector.key(),
                        k -> ContainerPorts.of(selected));
                checkTargetPorts(service, ports, findings);
            }
        }
        for (Workload workload : set.workloads()) {
            if (SELECTOR_KINDS.contains(workload.kind())) {
                Object selector = Tree.at(workload.object().data(), List.of("spec", "selector")).orElse(null);
                if (selector != null && !LabelSelector.of(selector).matches(WorkloadIndex.podLabels(workload))) {
                    findings.report(workload.object(), List.of("spec", "selector"),
                            "spec.selector does not match the pod template's labels; the API rejects the " + workload.kind());
                }
            }
        }
    }

    /** The container ports declared by the pods a Service selects, by name and by number. */
    private record ContainerPorts(Set<String> names, Set<Long> numbers) {
        static ContainerPorts of(List<Workload> selected) {
            Set<String> names = new HashSet<>();
            Set<Long> numbers = new HashSet<>();
            for (Workload workload : selected) {
                for (Container container : workload.allContainers()) {
                    for (Object port : container.ports()) {
                        Tree.text(port, List.of("name")).ifPresent(names::add);
                        Tree.number(port, List.of("containerPort")).ifPresent(numbers::add);
                    }
                }
            }
            return new ContainerPorts(names, numbers);
        }
    }

    /** Headless Services are skipped: their DNS names the pods directly and targetPort plays no part. */
    private static void checkTargetPorts(ManifestObject service, ContainerPorts declared, FindingSink findings) {
        Set<String> names = declared.names();
        Set<Long> numbers = declared.numbers();
        List<?> ports = Tree.list(service.data(), List.of("spec", "ports"));
        for (int i = 0; i < ports.size(); i++) {
            Object port = ports.get(i);
            Object target = Tree.at(port, List.of("targetPort")).or(() -> Tree.at(port, List.of("port"))).orElse(null);
            List<Object> at = Tree.at(port, List.of("targetPort")).isPresent()
                    ? List.of("spec", "ports", i, "targetPort") : List.of("spec", "ports", i);
            if (target instanceof Number number) {
                // Undeclared numeric ports still work; only judge when the pods declare their ports.
                if (!numbers.isEmpty() && !numbers.contains(number.longValue())) {
                    findings.report(service, at, "targetPort " + number + " is not a containerPort of the selected pods "
                            + "(they declare " + numbers.stream().sorted().toList() + ")");
                }
            } else if (target != null && !names.contains(String.valueOf(target))) {
                findings.report(service, at, "targetPort '" + target + "' is not the name of any containerPort of the "
                        + "selected pods" + (names.isEmpty() ? "" : " (they declare " + names.stream().sorted().toList() + ")"));
            }
        }
    }
}
