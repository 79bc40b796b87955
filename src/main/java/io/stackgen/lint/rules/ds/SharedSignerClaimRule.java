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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** DS06. */
@LintRule(id = "DS06", title = "Signer state on a shared or ReadWriteMany claim", severity = Severity.HIGH,
        family = Family.DS,
        rationale = "A ReadWriteMany volume, or one claim mounted by two workloads, lets two pods on different nodes"
                + " write the same key or signing state. File locks and SQLite do not hold over network file systems,"
                + " so the lock that should stop a second signer does not.",
        fix = "Give each signer pod its own claim from volumeClaimTemplates with accessModes ReadWriteOncePod (or"
                + " ReadWriteOnce); let backups mount it readOnly.",
        references = {
                "https://kubernetes.io/docs/concepts/storage/persistent-volumes/#access-modes",
                "https://www.sqlite.org/wal.html"})
public final class SharedSignerClaimRule implements Rule {
    /** A workload mounting a claim, and whether it can write to it. */
    private record ClaimUse(Workload workload, boolean writes) {
    }

    private static final Pattern ORDINAL_SUFFIX = Pattern.compile("-(\\d+)$");

    @Override
    public void check(LintSet set, FindingSink findings) {
        Map<String, List<ClaimUse>> uses = new HashMap<>();
        Map<String, List<ClaimUse>> usesByOrdinalPrefix = new HashMap<>();
        for (Workload workload : set.workloads()) {
            Volumes volumes = Volumes.of(workload);
            for (Volumes.Volume volume : volumes.volumes()) {
                if (volume.type() == Volumes.Type.CLAIM) {
                    String claim = set.namespaceOf(workload.object()) + '/' + volume.source();
                    ClaimUse use = new ClaimUse(workload, writes(volumes, volume));
                    uses.computeIfAbsent(claim, k -> new ArrayList<>()).add(use);
                    Matcher ordinal = ORDINAL_SUFFIX.matcher(claim);
                    if (ordinal.find()) {
                        usesByOrdinalPrefix.computeIfAbsent(claim.substring(0, ordinal.start() + 1), k -> new ArrayList<>())
                                .add(use);
                    }
                }
            }
        }
        for (Workload workload : set.workloads()) {
            if (!workload.isSigner()) {
                continue;
            }
            String namespace = set.namespaceOf(workload.object());
            for (Volumes.Volume volume : Volumes.of(workload).volumes()) {
                if (volume.type() == Volumes.Type.CLAIM) {
                    checkClaim(workload, volume, uses.getOrDefault(namespace + '/' + volume.source(), List.of()), findings);
                } else if (volume.type() == Volumes.Type.CLAIM_TEMPLATE) {
                    checkTemplate(workload, volume, usesByOrdinalPrefix.getOrDefault(
                            namespace + '/' + volume.source() + '-' + workload.object().name() + '-', List.of()), findings);
                }
            }
        }
    }

    private static void checkClaim(Workload signer, Volumes.Volume volume, List<ClaimUse> uses, FindingSink findings) {
        List<Object> at = Tree.path(volume.path(), "persistentVolumeClaim", "claimName");
        boolean manyWriters = signer.neighbour("PersistentVolumeClaim", volume.source())
                .map(claim -> Tree.list(claim.data(), List.of("spec", "accessModes")).contains("ReadWriteMany"))
                .orElse(false);
        if (manyWriters) {
            findings.report(signer.object(), at, SignerSignal.name(signer) + " keeps state on PersistentVolumeClaim "
                    + volume.source() + ", which is ReadWriteMany: pods on several nodes can write it at once "
                    + SignerSignal.of(signer));
        }
        reportSharing(signer, "PersistentVolumeClaim " + volume.source(), at, others(signer, uses), findings);
    }

    private static void checkTemplate(Workload signer, Volumes.Volume template, List<ClaimUse> uses, FindingSink findings) {
        if (Tree.list(template.data(), List.of("spec", "accessModes")).contains("ReadWriteMany")) {
            findings.report(signer.object(), Tree.path(template.path(), "spec", "accessModes"), SignerSignal.name(signer)
                    + " keeps state on volumeClaimTemplate " + template.source() + ", which is ReadWriteMany: pods on"
                    + " several nodes can write it at once " + SignerSignal.of(signer));
        }
        // another workload naming <template>-<statefulset>-<ordinal> mounts one of the claims the template creates
        reportSharing(signer, "the claims of volumeClaimTemplate " + template.source(),
                Tree.path(template.path(), "metadata", "name"), others(signer, uses), findings);
    }

    /** Uses by other workloads that matter: another signer at all, anything else only when it writes. */
    private static List<ClaimUse> others(Workload signer, List<ClaimUse> uses) {
        return uses.stream().filter(u -> u.workload() != signer && (u.writes() || u.workload().isSigner())).toList();
    }

    private static void reportSharing(Workload signer, String claim, List<Object> at, List<ClaimUse> others,
                                      FindingSink findings) {
        if (!others.isEmpty()) {
            findings.report(signer.object(), at, SignerSignal.name(signer) + " shares " + claim + " with "
                    + others.stream().map(u -> SignerSignal.name(u.workload()) + (u.writes() ? "" : " (read-only)"))
                    .distinct().collect(Collectors.joining(", "))
                    + ": two workloads write the signer's state " + SignerSignal.of(signer));
        }
    }

    private static boolean writes(Volumes volumes, Volumes.Volume volume) {
        if (Tree.at(volume.data(), List.of("persistentVolumeClaim", "readOnly")).filter(Boolean.TRUE::equals).isPresent()) {
            return false;
        }
        Optional<Volumes.Mount> writable = volumes.mounts().stream()
                .filter(m -> m.volume().map(volume::equals).orElse(false) && !m.readOnly()).findFirst();
        return writable.isPresent();
    }
}
