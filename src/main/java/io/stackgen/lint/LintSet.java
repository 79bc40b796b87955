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

/**
 * Everything linted in one run: every input, release and namespace together, so cross-object rules see it all.
 */
public final class LintSet {
    private static final Set<String> WORKLOAD_KINDS = Set.of(
            "Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob");

    private final List<ManifestObject> objects = new ArrayList<>();
    private final Map<ManifestObject, String> defaultNamespaces = new IdentityHashMap<>();
    private final List<Workload> workloads = new ArrayList<>();
    private final Map<String, ManifestObject> byKindNamespaceName = new HashMap<>();

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
        String written = object.namespace();
        return written.isEmpty() ? defaultNamespaces.getOrDefault(object, "default") : written;
    }

    public ObjectRef ref(ManifestObject object) {
        return ObjectRef.of(object, namespaceOf(object));
    }

    public List<ManifestObject> ofKind(String kind) {
        return objects.stream().filter(o -> o.kind().equals(kind)).toList();
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
                set.defaultNamespaces.put(object, defaultNamespace);
                String namespace = set.namespaceOf(object);
                set.byKindNamespaceName.put(key(object.kind(), namespace, object.name()), object);
                if (WORKLOAD_KINDS.contains(object.kind())) {
                    set.workloads.add(new Workload(object, (kind, name) -> set.find(kind, namespace, name)));
                }
            }
            return this;
        }

        public LintSet build() {
            return set;
        }
    }
}
