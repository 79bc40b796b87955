package io.stackgen.lint.model;

import io.stackgen.manifest.ManifestObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An object that runs pods (Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob), seen through its pod template. */
public final class Workload {
    private final ManifestObject object;
    private final List<Object> podSpecPath;
    private Optional<RoleEvidence> role;

    public Workload(ManifestObject object) {
        this.object = object;
        this.podSpecPath = switch (object.kind()) {
            case "Pod" -> List.of("spec");
            case "CronJob" -> List.of("spec", "jobTemplate", "spec", "template", "spec");
            default -> List.of("spec", "template", "spec");
        };
    }

    public ManifestObject object() {
        return object;
    }

    public String kind() {
        return object.kind();
    }

    /** {@code spec.replicas} (default 1); a DaemonSet counts as one per node, see {@link #runsOnEveryNode()}. */
    public int replicas() {
        return Tree.number(object.data(), List.of("spec", "replicas")).map(Long::intValue).orElse(1);
    }

    /** Whether {@code spec.replicas} is written (an HPA-managed workload often leaves it out). */
    public boolean replicasWritten() {
        return Tree.at(object.data(), List.of("spec", "replicas")).isPresent();
    }

    public boolean runsOnEveryNode() {
        return kind().equals("DaemonSet");
    }

    /** Path of the pod spec from the object root. */
    public List<Object> podSpecPath() {
        return podSpecPath;
    }

    public Map<String, Object> podSpec() {
        return Tree.map(object.data(), podSpecPath);
    }

    /** The pod template's metadata (for a Pod, the Pod's own). */
    public Map<String, Object> podMetadata() {
        List<Object> metadata = new ArrayList<>(podSpecPath.subList(0, podSpecPath.size() - 1));
        metadata.add("metadata");
        return Tree.map(object.data(), metadata);
    }

    public List<Container> containers() {
        return containers("containers", false);
    }

    public List<Container> initContainers() {
        return containers("initContainers", true);
    }

    /** Init containers first, then containers, as the kubelet starts them. */
    public List<Container> allContainers() {
        List<Container> all = new ArrayList<>(initContainers());
        all.addAll(containers());
        return all;
    }

    public List<?> volumes() {
        return Tree.list(podSpec(), List.of("volumes"));
    }

    /** The path of a pod spec field, e.g. {@code podSpecAt("volumes", 0)}. */
    public List<Object> podSpecAt(Object... more) {
        return Tree.path(podSpecPath, more);
    }

    /** Signer or not, and why; computed once. */
    public Optional<RoleEvidence> role() {
        if (role == null) {
            role = SignerDetection.classify(this);
        }
        return role;
    }

    public boolean isSigner() {
        return role().map(r -> r.role().signs()).orElse(false);
    }

    @SuppressWarnings("unchecked")
    private List<Container> containers(String field, boolean init) {
        List<?> items = Tree.list(podSpec(), List.of(field));
        List<Container> containers = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof Map<?, ?> data) {
                containers.add(new Container((Map<String, Object>) data, podSpecAt(field, i), init));
            }
        }
        return containers;
    }
}
