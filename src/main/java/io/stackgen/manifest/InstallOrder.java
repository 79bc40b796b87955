package io.stackgen.manifest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Helm's install order: objects by kind in the order below, unknown kinds after them sorted by kind
 * name, each group keeping the order it was rendered in; hooks last, in the same order.
 */
public final class InstallOrder {
    static final List<String> KINDS = List.of(
            "PriorityClass", "Namespace", "NetworkPolicy", "ResourceQuota", "LimitRange", "PodSecurityPolicy",
            "PodDisruptionBudget", "ServiceAccount", "Secret", "SecretList", "ConfigMap", "StorageClass",
            "PersistentVolume", "PersistentVolumeClaim", "CustomResourceDefinition", "ClusterRole",
            "ClusterRoleList", "ClusterRoleBinding", "ClusterRoleBindingList", "Role", "RoleList", "RoleBinding",
            "RoleBindingList", "Service", "DaemonSet", "Pod", "ReplicationController", "ReplicaSet", "Deployment",
            "HorizontalPodAutoscaler", "StatefulSet", "Job", "CronJob", "IngressClass", "Ingress", "APIService",
            "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration");

    private static final Comparator<ManifestDocument> BY_KIND = (a, b) -> {
        int ia = KINDS.indexOf(a.kind());
        int ib = KINDS.indexOf(b.kind());
        if (ia < 0 && ib < 0) {
            return String.valueOf(a.kind()).compareTo(String.valueOf(b.kind()));
        }
        if (ia < 0) {
            return 1;
        }
        if (ib < 0) {
            return -1;
        }
        return Integer.compare(ia, ib);
    };

    private InstallOrder() {
    }

    /** A sorted copy; the sort is stable. */
    public static List<ManifestDocument> sort(List<ManifestDocument> documents) {
        List<ManifestDocument> regular = new ArrayList<>();
        List<ManifestDocument> hooks = new ArrayList<>();
        documents.forEach(d -> (d.isHook() ? hooks : regular).add(d));
        regular.sort(BY_KIND);
        hooks.sort(BY_KIND);
        regular.addAll(hooks);
        return regular;
    }
}
