package io.stackgen.lint.rules.hyg;

import io.stackgen.lint.Family;
import io.stackgen.lint.FindingSink;
import io.stackgen.lint.LintRule;
import io.stackgen.lint.LintSet;
import io.stackgen.lint.Rule;
import io.stackgen.lint.Severity;
import io.stackgen.lint.model.Tree;
import io.stackgen.lint.model.Workload;
import io.stackgen.manifest.ManifestObject;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

@LintRule(id = "HYG03", title = "Storage claim without a storage class, or too small for chain data",
        severity = Severity.MEDIUM, family = Family.HYG,
        rationale = "A claim without storageClassName gets the cluster's default class, which differs between "
                + "clusters (often network disk with Immediate binding, provisioned in a random zone). Chain data "
                + "below a few tens of GiB fills up within days of a real network's growth and stops the node.",
        fix = "Name the storage class explicitly (one with volumeBindingMode WaitForFirstConsumer and "
                + "allowVolumeExpansion), and size chain-data claims for the network (at least 10Gi; mainnets need far "
                + "more).",
        references = {"https://kubernetes.io/docs/concepts/storage/persistent-volumes/#class-1",
                "https://kubernetes.io/docs/concepts/storage/storage-classes/#volume-binding-mode"})
public final class StorageClaimRule implements Rule {
    /** Below this, a claim for chain data or a chain database is a devnet size. */
    private static final double CHAIN_DATA_FLOOR = 10 * Quantities.GIBIBYTE;

    @Override
    public void check(LintSet set, FindingSink findings) {
        Claims claims = new Claims(immediateClasses(set), findings);
        Set<String> chainDataClaims = chainDataClaims(set);
        for (ManifestObject object : set.objects()) {
            if (object.kind().equals("PersistentVolumeClaim")) {
                claims.check(object, List.of("spec"), chainDataClaims.contains(set.namespaceOf(object) + "/" + object.name()));
            } else if (object.kind().equals("ScyllaCluster")) {
                claims.checkScyllaRacks(object);
            }
        }
        for (Workload workload : set.workloads()) {
            if (workload.kind().equals("StatefulSet")) {
                boolean chainData = holdsChainData(workload);
                List<?> templates = Tree.list(workload.object().data(), List.of("spec", "volumeClaimTemplates"));
                for (int i = 0; i < templates.size(); i++) {
                    claims.check(workload.object(), List.of("spec", "volumeClaimTemplates", i, "spec"), chainData);
                }
            }
        }
    }

    /** The checks of one claim spec, with what the set says about its storage classes. */
    private record Claims(Set<String> immediateClasses, FindingSink findings) {

        void check(ManifestObject object, List<Object> specPath, boolean chainData) {
            Map<String, Object> spec = Tree.map(object.data(), specPath);
            requireStorageClass(object, specPath, spec);
            if (chainData) {
                List<Object> sizePath = Tree.path(specPath, "resources", "requests", "storage");
                requireChainSize(object, sizePath, Tree.at(object.data(), sizePath).orElse(null));
            }
        }

        /** ScyllaCluster (scylla-operator v1): spec.datacenter.racks[].storage.{capacity, storageClassName}. */
        void checkScyllaRacks(ManifestObject cluster) {
            List<?> racks = Tree.list(cluster.data(), List.of("spec", "datacenter", "racks"));
            for (int i = 0; i < racks.size(); i++) {
                List<Object> storagePath = List.of("spec", "datacenter", "racks", i, "storage");
                Map<String, Object> storage = Tree.map(cluster.data(), storagePath);
                requireStorageClass(cluster, storagePath, storage);
                requireChainSize(cluster, Tree.path(storagePath, "capacity"), storage.get("capacity"));
            }
        }

        private void requireStorageClass(ManifestObject object, List<Object> specPath, Map<String, Object> spec) {
            Object storageClass = spec.get("storageClassName");
            if (storageClass == null) {
                List<Object> at = spec.containsKey("storageClassName") ? Tree.path(specPath, "storageClassName") : specPath;
                findings.report(object, at, "the claim names no storageClassName, so it gets whatever class the cluster "
                        + "marks default (binding mode, zone and expansion unknown)");
            } else if (immediateClasses.contains(String.valueOf(storageClass))) {
                findings.report(object, Tree.path(specPath, "storageClassName"), "storage class " + storageClass
                        + " binds Immediate: the volume is provisioned before the pod is scheduled, possibly in a zone "
                        + "where the pod cannot run (use volumeBindingMode WaitForFirstConsumer)");
            }
        }

        private void requireChainSize(ManifestObject object, List<Object> sizePath, Object size) {
            OptionalDouble bytes = Quantities.parse(size);
            if (bytes.isPresent() && bytes.getAsDouble() < CHAIN_DATA_FLOOR) {
                findings.report(object, sizePath, "chain data gets only " + size + ", below the 10Gi any real network "
                        + "outgrows within days");
            }
        }
    }

    /** StorageClasses the set renders that bind volumes immediately (the default binding mode). */
    private static Set<String> immediateClasses(LintSet set) {
        Set<String> immediate = new HashSet<>();
        for (ManifestObject storageClass : set.ofKind("StorageClass")) {
            if (!"WaitForFirstConsumer".equals(Tree.text(storageClass.data(), List.of("volumeBindingMode")).orElse("Immediate"))) {
                immediate.add(storageClass.name());
            }
        }
        return immediate;
    }

    /** {@code namespace/claim} of standalone claims that a chain node or signer mounts. */
    private static Set<String> chainDataClaims(LintSet set) {
        Set<String> claims = new HashSet<>();
        for (Workload workload : set.workloads()) {
            if (!holdsChainData(workload)) {
                continue;
            }
            for (Object volume : workload.volumes()) {
                Tree.text(volume, List.of("persistentVolumeClaim", "claimName"))
                        .ifPresent(claim -> claims.add(set.namespaceOf(workload.object()) + "/" + claim));
            }
        }
        return claims;
    }

    private static boolean holdsChainData(Workload workload) {
        return workload.isSigner() || workload.containers().stream().anyMatch(NodeClients::isNode);
    }
}
