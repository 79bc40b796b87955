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

@LintRule(id = "HYG02", title = "Container without CPU or memory requests", severity = Severity.MEDIUM,
        family = Family.HYG,
        rationale = "Without requests the scheduler packs a node onto whatever is free and the pod is first to be "
                + "evicted under pressure; a node client evicted mid-sync or mid-block misses duties. A JVM client "
                + "(Besu, maru, Teku, web3signer) sizes its heap from the container's memory limit, so without one it "
                + "grows until the node's OOM killer picks it.",
        fix = "Set resources.requests.cpu and resources.requests.memory on every container, and a memory limit that "
                + "matches -Xmx (plus headroom) on JVM clients.",
        references = {"https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/",
                "https://docs.kubelinter.io/#/generated/checks?id=unset-memory-requirements"})
public final class MissingResourceRequestsRule implements Rule {

    @Override
    public void check(LintSet set, FindingSink findings) {
        for (Workload workload : set.workloads()) {
            // Init containers run one at a time before the others, so their requests do not add to the pod's.
            for (Container container : workload.containers()) {
                Map<String, Object> resources = Tree.map(container.data(), List.of("resources"));
                List<String> missing = new ArrayList<>();
                for (String resource : List.of("cpu", "memory")) {
                    // A limit alone also sets the request (the API copies it).
                    if (Tree.at(resources, List.of("requests", resource)).isEmpty()
                            && Tree.at(resources, List.of("limits", resource)).isEmpty()) {
                        missing.add(resource + " request");
                    }
                }
                if (NodeClients.isJvm(container) && Tree.at(resources, List.of("limits", "memory")).isEmpty()) {
                    missing.add("memory limit (a JVM client sizes its heap from it)");
                }
                if (!missing.isEmpty()) {
                    List<Object> at = container.data().containsKey("resources") ? container.at("resources") : container.path();
                    findings.report(workload.object(), at,
                            "container '" + container.name() + "' has no " + String.join(", no ", missing));
                }
            }
        }
    }
}
