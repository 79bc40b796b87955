package io.stackgen.lint;

import io.stackgen.manifest.ManifestObject;

/** The object a finding is about. {@code namespace} is the effective one (the run's default when unwritten). */
public record ObjectRef(String apiVersion, String kind, String namespace, String name) {

    public static ObjectRef of(ManifestObject object, String namespace) {
        return new ObjectRef(object.apiVersion(), object.kind(), namespace, object.name());
    }

    /** {@code Kind/namespace/name}. */
    @Override
    public String toString() {
        return kind + "/" + (namespace.isEmpty() ? "" : namespace + "/") + name;
    }
}
