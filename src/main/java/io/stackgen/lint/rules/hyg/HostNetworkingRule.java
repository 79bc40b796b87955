package io.stackgen.lint.rules.hyg;

import io.stackgen.lint.Family;
import io.stackgen.lint.FindingSink;
import io.stackgen.lint.LintRule;
import io.stackgen.lint.LintSet;
import io.stackgen.lint.Rule;
import io.stackgen.lint.Severity;
import io.stackgen.lint.model.Container;
import io.stackgen.lint.model.Tree;
import io.stackgen.lint.model.Workload;
import java.util.List;

@LintRule(id = "HYG06", title = "Pod on the host network or binding a host port", severity = Severity.MEDIUM,
        family = Family.HYG,
        rationale = "hostNetwork puts every port the client opens (RPC, engine API, metrics, admin) on the node's "
                + "address, past every NetworkPolicy; a hostPort pins the pod to nodes where the port is free and "
                + "exposes it on the node. A signer must never be reachable that way.",
        fix = "Give P2P a per-pod NodePort or LoadBalancer Service (publishNotReadyAddresses for discovery) instead of "
                + "hostNetwork or hostPort.",
        references = {"https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
                "https://kubernetes.io/docs/concepts/configuration/overview/#services"})
public final class HostNetworkingRule implements Rule {

    @Override
    public void check(LintSet set, FindingSink findings) {
        for (Workload workload : set.workloads()) {
            Severity severity = workload.isSigner() ? Severity.HIGH : Severity.MEDIUM;
            String whose = workload.isSigner() ? " of a signer" : "";
            if (Boolean.TRUE.equals(workload.podSpec().get("hostNetwork"))) {
                findings.report(workload.object(), workload.podSpecAt("hostNetwork"), severity,
                        "pods" + whose + " share the node's network namespace (hostNetwork: true)");
            }
            for (Container container : workload.allContainers()) {
                List<?> ports = container.ports();
                for (int i = 0; i < ports.size(); i++) {
                    if (Tree.number(ports.get(i), List.of("hostPort")).filter(p -> p > 0).isPresent()) {
                        findings.report(workload.object(), container.at("ports", i, "hostPort"), severity,
                                "container '" + container.name() + "'" + whose + " binds host port "
                                        + Tree.text(ports.get(i), List.of("hostPort")).orElse(""));
                    }
                }
            }
        }
    }
}
