package io.stackgen.lint;

import io.stackgen.lint.model.Tree;
import io.stackgen.lint.model.Workload;
import io.stackgen.manifest.ManifestObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An annotation {@code lint.stackgen.io/ignore.<RULE>: "<reason>"}. It is read from the object's own metadata
 * and, for workloads, from the pod template's metadata too: charts often let users set pod annotations but not
 * the workload's, and a finding about a workload is about what its pods run.
 *
 * @param ruleId as written after the prefix
 * @param reason the annotation's value, stripped; empty when none was written
 * @param where  where the annotation key is written
 */
public record IgnoreAnnotation(ManifestObject object, String key, String ruleId, String reason, String where) {
    public static final String PREFIX = "lint.stackgen.io/ignore.";

    /** The ignore annotations of one object, metadata first, then the pod template's. */
    public static List<IgnoreAnnotation> of(ManifestObject object, Workload workload) {
        List<IgnoreAnnotation> found = new ArrayList<>();
        collect(object, List.of("metadata", "annotations"), found);
        if (workload != null && workload.podSpecPath().size() > 1) {
            List<Object> annotations = new ArrayList<>(workload.podSpecPath().subList(0, workload.podSpecPath().size() - 1));
            annotations.add("metadata");
            annotations.add("annotations");
            collect(object, annotations, found);
        }
        return found;
    }

    private static void collect(ManifestObject object, List<Object> path, List<IgnoreAnnotation> into) {
        for (Map.Entry<String, Object> entry : Tree.map(object.data(), path).entrySet()) {
            String key = String.valueOf(entry.getKey());
            if (key.startsWith(PREFIX)) {
                List<Object> at = new ArrayList<>(path);
                at.add(key);
                String reason = entry.getValue() == null ? "" : String.valueOf(entry.getValue()).strip();
                into.add(new IgnoreAnnotation(object, key, key.substring(PREFIX.length()), reason,
                        object.positionOf(at).toString()));
            }
        }
    }

    public boolean hasReason() {
        return !reason.isEmpty();
    }
}
