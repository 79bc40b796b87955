package io.stackgen.lint.rules.ds;

import io.stackgen.lint.LintSet;
import io.stackgen.lint.model.Tree;
import io.stackgen.lint.model.Workload;
import io.stackgen.manifest.ManifestObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** HorizontalPodAutoscalers and KEDA ScaledObjects, resolved to the workload their scaleTargetRef names. */
final class Autoscalers {
    /** An autoscaler and the workload of the same namespace it scales. */
    record Target(ManifestObject autoscaler, Workload workload) {
        static final List<Object> REF = List.of("spec", "scaleTargetRef");

        /** E.g. {@code HorizontalPodAutoscaler besu-hpa}. */
        String describeAutoscaler() {
            return autoscaler.kind() + " " + autoscaler.name();
        }
    }

    private Autoscalers() {
    }

    static List<Target> targets(LintSet set) {
        Map<String, Workload> workloads = new HashMap<>();
        for (Workload workload : set.workloads()) {
            workloads.put(key(set.namespaceOf(workload.object()), workload.kind(), workload.object().name()), workload);
        }
        List<Target> targets = new ArrayList<>();
        for (ManifestObject object : set.objects()) {
            boolean hpa = object.kind().equals("HorizontalPodAutoscaler") && object.group().equals("autoscaling");
            boolean keda = object.kind().equals("ScaledObject") && object.group().equals("keda.sh");
            if (!hpa && !keda) {
                continue;
            }
            String kind = Tree.text(object.data(), List.of("spec", "scaleTargetRef", "kind")).orElse(keda ? "Deployment" : "");
            String name = Tree.text(object.data(), List.of("spec", "scaleTargetRef", "name")).orElse("");
            Workload target = workloads.get(key(set.namespaceOf(object), kind, name));
            if (target != null) {
                targets.add(new Target(object, target));
            }
        }
        return targets;
    }

    private static String key(String namespace, String kind, String name) {
        return namespace + '\u0000' + kind + '\u0000' + name;
    }
}
