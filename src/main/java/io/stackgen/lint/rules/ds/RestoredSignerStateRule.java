package io.stackgen.lint.rules.ds;

import io.stackgen.lint.Family;
import io.stackgen.lint.FindingSink;
import io.stackgen.lint.LintRule;
import io.stackgen.lint.LintSet;
import io.stackgen.lint.Rule;
import io.stackgen.lint.Severity;
import io.stackgen.lint.model.Tree;
import io.stackgen.lint.model.Volumes;
import io.stackgen.lint.model.Workload;
import io.stackgen.manifest.ManifestObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** DS10. */
@LintRule(id = "DS10", title = "Signer state restored from a snapshot or clone", severity = Severity.HIGH,
        family = Family.DS,
        rationale = "A claim created from a VolumeSnapshot or cloned from another claim brings back old vote memory:"
                + " the signer believes it has not signed what it signed after the snapshot, and signs it again (the"
                + " common cause: a restored snapshot with a stale priv_validator_state.json). A Velero backup that"
                + " includes a signer's namespace and key Secrets lets a restore start a second signer (medium).",
        fix = "Create signer claims empty and restore state only with the client's own export/import (slashing"
                + " protection interchange), after the old signer is stopped; exclude key Secrets from backups with"
                + " the label velero.io/exclude-from-backup: \"true\" or exclude the namespace.",
        references = {
                "https://kubernetes.io/docs/concepts/storage/volume-snapshots/#provisioning-volumes-from-snapshots",
                "https://velero.io/docs/main/resource-filtering/"})
public final class RestoredSignerStateRule implements Rule {
    private static final Set<String> RESTORE_KINDS = Set.of("VolumeSnapshot", "PersistentVolumeClaim");
    private static final String VELERO_EXCLUDE = "velero.io/exclude-from-backup";

    @Override
    public void check(LintSet set, FindingSink findings) {
        Map<String, List<KeySecret>> keySecrets = new HashMap<>();
        for (Workload workload : set.workloads()) {
            if (!workload.isSigner()) {
                continue;
            }
            for (Volumes.Volume volume : Volumes.of(workload).volumes()) {
                if (volume.type() == Volumes.Type.CLAIM_TEMPLATE) {
                    restoredFrom(volume.data(), List.of("spec")).ifPresent(source -> findings.report(workload.object(),
                            Tree.path(volume.path(), "spec", source.field()), message(workload, "volumeClaimTemplate "
                                    + volume.source(), source)));
                } else if (volume.type() == Volumes.Type.CLAIM) {
                    workload.neighbour("PersistentVolumeClaim", volume.source()).ifPresent(claim ->
                            restoredFrom(claim.data(), List.of("spec")).ifPresent(source -> findings.report(claim,
                                    List.of("spec", source.field()), message(workload, "PersistentVolumeClaim "
                                            + claim.name(), source))));
                }
            }
            for (KeySources.KeySource key : KeySources.signingKeys(workload)) {
                if (key.kind().equals("Secret")) {
                    workload.neighbour("Secret", key.name()).ifPresent(secret -> keySecrets
                            .computeIfAbsent(set.namespaceOf(workload.object()), ns -> new ArrayList<>())
                            .add(new KeySecret(secret, workload)));
                }
            }
        }
        for (ManifestObject object : set.objects()) {
            if (object.group().equals("velero.io") && (object.kind().equals("Schedule") || object.kind().equals("Backup"))) {
                checkVelero(object, keySecrets, findings);
            }
        }
    }

    private record Source(String field, String kind, String name) {
    }

    /** A Secret the set renders that holds a signer's key. */
    private record KeySecret(ManifestObject secret, Workload signer) {
    }

    private static Optional<Source> restoredFrom(Object root, List<Object> spec) {
        for (String field : List.of("dataSource", "dataSourceRef")) {
            Optional<String> kind = Tree.text(root, Tree.path(spec, field, "kind"));
            if (kind.filter(RESTORE_KINDS::contains).isPresent()) {
                return Optional.of(new Source(field, kind.get(), Tree.text(root, Tree.path(spec, field, "name")).orElse("")));
            }
        }
        return Optional.empty();
    }

    private static String message(Workload signer, String claim, Source source) {
        return claim + " of " + SignerSignal.name(signer) + " starts from " + source.kind() + " " + source.name()
                + ": the signer comes back with old vote memory and can sign again what it signed after that copy "
                + SignerSignal.of(signer);
    }

    /** A Velero Backup or Schedule whose scope takes key Secrets of signers that are not labelled to be left out. */
    private static void checkVelero(ManifestObject velero, Map<String, List<KeySecret>> keySecrets, FindingSink findings) {
        List<Object> spec = velero.kind().equals("Schedule") ? List.of("spec", "template") : List.of("spec");
        List<?> included = Tree.list(velero.data(), Tree.path(spec, "includedNamespaces"));
        List<?> excluded = Tree.list(velero.data(), Tree.path(spec, "excludedNamespaces"));
        List<?> includedResources = Tree.list(velero.data(), Tree.path(spec, "includedResources"));
        List<?> excludedResources = Tree.list(velero.data(), Tree.path(spec, "excludedResources"));
        boolean secretsIncluded = (includedResources.isEmpty() || includedResources.contains("*")
                || includedResources.contains("secrets")) && !excludedResources.contains("secrets");
        if (!secretsIncluded) {
            return;
        }
        for (Map.Entry<String, List<KeySecret>> namespace : keySecrets.entrySet()) {
            boolean inScope = (included.isEmpty() || included.contains("*") || included.contains(namespace.getKey()))
                    && !excluded.contains(namespace.getKey());
            Optional<KeySecret> exposed = namespace.getValue().stream()
                    .filter(k -> !"true".equals(String.valueOf(k.secret().labels().get(VELERO_EXCLUDE)))).findFirst();
            if (inScope && exposed.isPresent()) {
                List<Object> at = Tree.at(velero.data(), Tree.path(spec, "includedNamespaces")).isPresent()
                        ? Tree.path(spec, "includedNamespaces") : spec;
                findings.report(velero, at, Severity.MEDIUM, velero.kind() + " " + velero.name() + " backs up namespace "
                        + namespace.getKey() + " with the key of " + SignerSignal.name(exposed.get().signer()) + " in Secret "
                        + exposed.get().secret().name() + ", not labelled " + VELERO_EXCLUDE + ": \"true\": restoring"
                        + " it into another cluster starts a second signer with the same key "
                        + SignerSignal.of(exposed.get().signer()));
            }
        }
    }
}
