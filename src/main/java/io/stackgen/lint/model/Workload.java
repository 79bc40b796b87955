package io.stackgen.lint.model;

import io.stackgen.manifest.ManifestObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** An object that runs pods (Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob), seen through its pod template. */
public final class Workload {
    private final ManifestObject object;
    private final List<Object> podSpecPath;
    private final Neighbours neighbours;
    private final Map<Object, Object> derived = new ConcurrentHashMap<>();
    /** Facts shared by all the workloads of a set; the same map in each of them. */
    private final Map<Object, Object> setFacts;
    private Optional<RoleEvidence> role;
    // read once, on first use; racing threads compute equal immutable values
    private Map<String, Object> podSpec;
    private List<Container> containers;
    private List<Container> initContainers;
    private List<Container> allContainers;

    /** Finds objects of the workload's namespace by kind and name, e.g. the ConfigMap a volume mounts. */
    @FunctionalInterface
    public interface Neighbours {
        Optional<ManifestObject> find(String kind, String name);
    }

    /** A workload seen alone: the objects it refers to are unknown. */
    public Workload(ManifestObject object) {
        this(object, (kind, name) -> Optional.empty(), new ConcurrentHashMap<>());
    }

    /**
     * @param setFacts one map for all the workloads of a set, where {@link #setFact} keeps what they share
     */
    public Workload(ManifestObject object, Neighbours neighbours, Map<Object, Object> setFacts) {
        this.object = object;
        this.neighbours = neighbours;
        this.setFacts = setFacts;
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
        if (podSpec == null) {
            podSpec = Tree.map(object.data(), podSpecPath);
        }
        return podSpec;
    }

    /** The pod template's metadata (for a Pod, the Pod's own). */
    public Map<String, Object> podMetadata() {
        List<Object> metadata = new ArrayList<>(podSpecPath.subList(0, podSpecPath.size() - 1));
        metadata.add("metadata");
        return Tree.map(object.data(), metadata);
    }

    public List<Container> containers() {
        if (containers == null) {
            containers = containers("containers", false);
        }
        return containers;
    }

    public List<Container> initContainers() {
        if (initContainers == null) {
            initContainers = containers("initContainers", true);
        }
        return initContainers;
    }

    /** Init containers first, then containers, as the kubelet starts them. */
    public List<Container> allContainers() {
        if (allContainers == null) {
            List<Container> all = new ArrayList<>(initContainers());
            all.addAll(containers());
            allContainers = List.copyOf(all);
        }
        return allContainers;
    }

    public List<?> volumes() {
        return Tree.list(podSpec(), List.of("volumes"));
    }

    /** The path of a pod spec field, e.g. {@code podSpecAt("volumes", 0)}. */
    public List<Object> podSpecAt(Object... more) {
        return Tree.path(podSpecPath, more);
    }

    /** An object of the workload's namespace that the linted set holds, e.g. {@code neighbour("ConfigMap", "x")}. */
    public Optional<ManifestObject> neighbour(String kind, String name) {
        return neighbours.find(kind, name);
    }

    /**
     * A fact computed from this workload alone (its volumes, its key files), kept so that the rules asking for it
     * do not compute it again. {@code key} names the fact: one constant per kind of fact.
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Object key, Function<Workload, T> compute) {
        Object value = derived.get(key);
        if (value == null) {
            value = compute.apply(this); // outside the map: computing one fact may ask for another
            Object earlier = derived.putIfAbsent(key, value);
            value = earlier != null ? earlier : value;
        }
        return (T) value;
    }

    /**
     * A fact shared by every workload of the set, e.g. a memo of scripts already split (a fleet repeats the same
     * scripts in every release). Computed once; {@code compute} must not ask for another set fact.
     */
    @SuppressWarnings("unchecked")
    public <T> T setFact(Object key, Function<Object, T> compute) {
        return (T) setFacts.computeIfAbsent(key, compute);
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
        return List.copyOf(containers);
    }
}
