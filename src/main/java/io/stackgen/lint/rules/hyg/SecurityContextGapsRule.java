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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@LintRule(id = "HYG05", title = "Container security context gaps", severity = Severity.MEDIUM, family = Family.HYG,
        rationale = "A node process that runs as root, may gain privileges, can write its own root filesystem or keeps "
                + "Linux capabilities turns any RCE in the client into a foothold on the node, and from there on the "
                + "key files of every pod it can read. On a signer that is the validator key.",
        fix = "Set runAsNonRoot: true (or a non-zero runAsUser), allowPrivilegeEscalation: false, "
                + "readOnlyRootFilesystem: true (mount writable paths as volumes) and capabilities.drop: [ALL]; never "
                + "privileged.",
        references = {"https://kubernetes.io/docs/tasks/configure-pod-container/security-context/",
                "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted"})
public final class SecurityContextGapsRule implements Rule {
    private static final Set<String> DANGEROUS_CAPABILITIES = Set.of("ALL", "SYS_ADMIN", "NET_ADMIN", "SYS_PTRACE", "SYS_MODULE");

    @Override
    public void check(LintSet set, FindingSink findings) {
        for (Workload workload : set.workloads()) {
            Map<String, Object> pod = Tree.map(workload.podSpec(), List.of("securityContext"));
            for (Container container : workload.allContainers()) {
                Map<String, Object> own = Tree.map(container.data(), List.of("securityContext"));
                List<String> dangers = dangers(own);
                List<String> gaps = gaps(own, pod);
                if (dangers.isEmpty() && gaps.isEmpty()) {
                    continue;
                }
                Severity severity = !dangers.isEmpty() || workload.isSigner() ? Severity.HIGH : Severity.MEDIUM;
                List<String> all = new ArrayList<>(dangers);
                all.addAll(gaps);
                List<Object> at = container.data().containsKey("securityContext") ? container.at("securityContext") : container.path();
                findings.report(workload.object(), at, severity, "container '" + container.name() + "'"
                        + (workload.isSigner() ? " of a signer" : "") + ": " + String.join("; ", all));
            }
        }
    }

    /** What the container asks for that hands it the node. */
    private static List<String> dangers(Map<String, Object> own) {
        List<String> dangers = new ArrayList<>();
        if (Boolean.TRUE.equals(own.get("privileged"))) {
            dangers.add("privileged: true gives it every device and capability of the node");
        }
        Tree.list(own, List.of("capabilities", "add")).stream().map(String::valueOf)
                .filter(DANGEROUS_CAPABILITIES::contains).forEach(c -> dangers.add("adds capability " + c));
        return dangers;
    }

    /** Protections left at their permissive defaults; the container's own settings override the pod's. */
    private static List<String> gaps(Map<String, Object> own, Map<String, Object> pod) {
        List<String> gaps = new ArrayList<>();
        Optional<Long> user = setting(own, pod, "runAsUser").filter(Number.class::isInstance).map(n -> ((Number) n).longValue());
        boolean nonRoot = setting(own, pod, "runAsNonRoot").filter(Boolean.TRUE::equals).isPresent();
        if (user.filter(u -> u == 0).isPresent()) {
            gaps.add("runs as root (runAsUser: 0)");
        } else if (user.isEmpty() && !nonRoot) {
            gaps.add("may run as root (neither runAsNonRoot: true nor a runAsUser)");
        }
        if (!Boolean.FALSE.equals(own.get("allowPrivilegeEscalation"))) {
            gaps.add("allowPrivilegeEscalation is not false");
        }
        if (!Boolean.TRUE.equals(own.get("readOnlyRootFilesystem"))) {
            gaps.add("root filesystem is writable (readOnlyRootFilesystem is not true)");
        }
        boolean dropsAll = Tree.list(own, List.of("capabilities", "drop")).stream().map(String::valueOf).anyMatch("ALL"::equals);
        if (!dropsAll) {
            gaps.add("keeps the default capabilities (capabilities.drop lacks ALL)");
        }
        return gaps;
    }

    private static Optional<Object> setting(Map<String, Object> own, Map<String, Object> pod, String field) {
        return Optional.ofNullable(own.containsKey(field) ? own.get(field) : pod.get(field));
    }
}
