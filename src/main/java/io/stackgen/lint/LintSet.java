package io.stackgen.lint;

import io.stackgen.lint.model.Workload;
import io.stackgen.manifest.ManifestObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

/**
 * Everything linted in one run: every input, release and namespace together, so cross-object rules see it all.
 */
public final class LintSet {
    private static final Set<String> WORKLOAD_KINDS = Set.of(
            "Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob");

    private final List<ManifestObject> objects = new ArrayList<>();
    private final Map<ManifestObject, String> namespaces = new IdentityHashMap<>();
    private final Map<String, List<ManifestObject>> byKind = new HashMap<>();
    private final List<Workload> workloads = new ArrayList<>();
    private final Map<String, ManifestObject> byKindNamespaceName = new HashMap<>();
    private final Map<Object, FutureTask<Object>> shared = new ConcurrentHashMap<>();
    private final Map<Object, Object> workloadFacts = new ConcurrentHashMap<>();

    private LintSet() {
    }

    /** A set of one input's objects. */
    public static LintSet of(List<ManifestObject> objects, String defaultNamespace) {
        return builder().add(objects, defaultNamespace).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** In input order. */
    public List<ManifestObject> objects() {
        return Collections.unmodifiableList(objects);
    }

    /** The namespace written in the object, else the default of the input it came from. */
    public String namespaceOf(ManifestObject object) {
        String namespace = namespaces.get(object);
        if (namespace != null) {
            return namespace;
        }
        return object.namespace().isEmpty() ? "default" : object.namespace();
    }

    public ObjectRef ref(ManifestObject object) {
        return ObjectRef.of(object, namespaceOf(object));
    }

    /** The objects of one kind, in input order. */
    public List<ManifestObject> ofKind(String kind) {
        return Collections.unmodifiableList(byKind.getOrDefault(kind, List.of()));
    }

    /** The object of that kind and name in that (effective) namespace; the last one when written twice. */
    public Optional<ManifestObject> find(String kind, String namespace, String name) {
        return Optional.ofNullable(byKindNamespaceName.get(key(kind, namespace, name)));
    }

    private static String key(String kind, String namespace, String name) {
        return kind + '\u0000' + namespace + '\u0000' + name;
    }

    /** Objects that run pods, as {@link Workload} views (the same instances on every call). */
    public List<Workload> workloads() {
        return Collections.unmodifiableList(workloads);
    }

    /**
     * A fact computed from the whole set (an index of its Services, its scanned ConfigMaps), computed once and shared
     * by every rule that asks, from any thread: a rule that asks while another computes it waits for that result
     * instead of computing it again. {@code compute} must read the set only (it may ask for other facts, not for its
     * own), and the value must not change once made. {@code key} names the fact: one constant per kind of fact.
     */
    @SuppressWarnings("unchecked")
    public <T> T shared(Object key, Function<LintSet, T> compute) {
        FutureTask<Object> task = new FutureTask<>(() -> compute.apply(this));
        FutureTask<Object> earlier = shared.putIfAbsent(key, task);
        if (earlier == null) {
            task.run();
        } else if (!earlier.isDone()) {
            awaitInPool(earlier);
        }
        try {
            return (T) (earlier == null ? task : earlier).get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a shared fact", e);
        }
    }

    /** Waits so that a pool running rules in parallel can start another thread meanwhile, keeping its cores busy. */
    private static void awaitInPool(FutureTask<Object> task) {
        try {
            ForkJoinPool.managedBlock(new ForkJoinPool.ManagedBlocker() {
                @Override
                public boolean block() throws InterruptedException {
                    try {
                        task.get();
                    } catch (ExecutionException e) {
                        // reported by the caller's own get()
                    }
                    return true;
                }

                @Override
                public boolean isReleasable() {
                    return task.isDone();
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Collects the inputs of one run; each input has its own default namespace (a release's {@code -n}). */
    public static final class Builder {
        private final LintSet set = new LintSet();

        /**
         * @param defaultNamespace the namespace of objects that name none: the {@code -n} of a rendered release,
         *                         {@code default} for plain files
         */
        public Builder add(List<ManifestObject> objects, String defaultNamespace) {
            for (ManifestObject object : objects) {
                set.objects.add(object);
                String namespace = object.namespace().isEmpty() ? defaultNamespace : object.namespace();
                set.namespaces.put(object, namespace);
                set.byKind.computeIfAbsent(object.kind(), k -> new ArrayList<>()).add(object);
                set.byKindNamespaceName.put(key(object.kind(), namespace, object.name()), object);
                if (WORKLOAD_KINDS.contains(object.kind())) {
                    set.workloads.add(new Workload(object, (kind, name) -> set.find(kind, namespace, name), set.workloadFacts));
                }
            }
            return this;
        }

        public LintSet build() {
            return set;
        }
    }
}
