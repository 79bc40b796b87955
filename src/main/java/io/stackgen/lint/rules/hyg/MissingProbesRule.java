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
import java.util.Set;

@LintRule(id = "HYG04", title = "Missing readiness probe, or slow starter without a startup probe",
        severity = Severity.MEDIUM, family = Family.HYG,
        rationale = "A Service sends traffic to a pod as soon as its containers start unless a readiness probe says "
                + "otherwise: a node still syncing answers RPC with stale data or errors. A node client that replays "
                + "its database for minutes is killed by its liveness probe before it is up, again and again, unless "
                + "a startup probe holds the liveness probe back.",
        fix = "Add a readinessProbe on the serving port to every container behind a Service; give slow starters "
                + "(node clients, JVMs, long initial delays) a startupProbe with a generous failureThreshold.",
        references = {"https://kubernetes.io/docs/concepts/configuration/liveness-readiness-startup-probes/",
                "https://docs.kubelinter.io/#/generated/checks?id=no-readiness-probe"})
public final class MissingProbesRule implements Rule {
    /** A liveness probe that waits this long before its first try is written for a slow starter. */
    private static final long SLOW_START_SECONDS = 60;
    private static final Set<String> RUN_TO_COMPLETION = Set.of("Job", "CronJob");

    @Override
    public void check(LintSet set, FindingSink findings) {
        Set<Workload> backed = ServiceBackedWorkloads.of(set);
        for (Workload workload : set.workloads()) {
            if (RUN_TO_COMPLETION.contains(workload.kind())) {
                continue;
            }
            List<Container> containers = workload.containers();
            for (Container container : containers) {
                boolean serves = containers.size() == 1 || !container.ports().isEmpty();
                if (backed.contains(workload) && serves && !container.data().containsKey("readinessProbe")) {
                    findings.report(workload.object(), container.path(), "container '" + container.name()
                            + "' is behind a Service but has no readinessProbe, so it gets traffic before it can serve");
                }
                if (container.data().containsKey("livenessProbe") && !container.data().containsKey("startupProbe")
                        && slowStarter(container)) {
                    findings.report(workload.object(), container.at("livenessProbe"), "container '" + container.name()
                            + "' starts slowly but has no startupProbe, so its liveness probe can kill it while it is "
                            + "still starting");
                }
            }
        }
    }

    private static boolean slowStarter(Container container) {
        long delay = Tree.number(container.data(), List.of("livenessProbe", "initialDelaySeconds")).orElse(0L);
        return NodeClients.isNode(container) || NodeClients.isJvm(container) || delay >= SLOW_START_SECONDS;
    }
}
