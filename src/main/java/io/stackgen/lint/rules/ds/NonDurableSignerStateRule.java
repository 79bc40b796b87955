package io.stackgen.lint.rules.ds;

import io.stackgen.lint.Family;
import io.stackgen.lint.FindingSink;
import io.stackgen.lint.LintRule;
import io.stackgen.lint.LintSet;
import io.stackgen.lint.Rule;
import io.stackgen.lint.Severity;
import io.stackgen.lint.model.CommandWords;
import io.stackgen.lint.model.Container;
import io.stackgen.lint.model.Tree;
import io.stackgen.lint.model.Volumes;
import io.stackgen.lint.model.Workload;
import io.stackgen.manifest.ManifestObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** DS04. */
@LintRule(id = "DS04", title = "Signing or vote state that does not survive a restart", severity = Severity.CRITICAL,
        family = Family.DS,
        rationale = "A signer remembers what it signed (slashing-protection database, priv_validator_state.json,"
                + " tower file, Linera's per-chain vote registers) so that it never signs a conflicting message."
                + " On emptyDir, in memory or in the container's filesystem that memory is gone after a restart or"
                + " reschedule; on unreplicated node-local disk it is gone with the node. The signer then starts"
                + " fresh (Linera shards re-initialise storage from genesis) and can sign again what it already signed.",
        fix = "Keep signer state on a retained PersistentVolumeClaim from volumeClaimTemplates on replicated"
                + " storage; for Linera run ScyllaDB with at least 3 members, replication factor 3 and no developer mode.",
        references = {
                "https://lighthouse-book.sigmaprime.io/validator_slashing_protection.html",
                "https://docs.cometbft.com/v1.0/references/config/priv_validator_state.json",
                "https://github.com/linera-io/linera-protocol/blob/main/linera-chain/src/manager.rs"})
public final class NonDurableSignerStateRule implements Rule {
    private static final Set<String> LOCAL_PROVISIONERS = Set.of("kubernetes.io/no-provisioner",
            "local.csi.scylladb.com", "rancher.io/local-path", "openebs.io/local", "local.csi.openebs.io",
            "topolvm.io", "hostpath.csi.k8s.io");

    /** A Linera workload and the replication factor it asks of its ScyllaDB (empty when unset). */
    private record ScyllaUser(Workload workload, String replicationFactor) {
    }

    @Override
    public void check(LintSet set, FindingSink findings) {
        Map<String, String> provisioners = new HashMap<>();
        for (ManifestObject storageClass : set.ofKind("StorageClass")) {
            provisioners.put(storageClass.name(), Tree.text(storageClass.data(), List.of("provisioner")).orElse(""));
        }
        Map<String, List<ScyllaUser>> scyllaUsers = new HashMap<>();
        for (Workload workload : set.workloads()) {
            if (workload.isSigner()) {
                checkStatePaths(workload, provisioners, findings);
                collectScyllaUsers(set, workload, scyllaUsers);
            }
        }
        for (ManifestObject cluster : set.ofKind("ScyllaCluster")) {
            List<ScyllaUser> users = scyllaUsers.get(set.namespaceOf(cluster) + '/' + cluster.name());
            if (users != null) {
                checkScyllaCluster(cluster, users, findings);
            }
        }
    }

    private static void checkStatePaths(Workload workload, Map<String, String> provisioners, FindingSink findings) {
        Volumes volumes = Volumes.of(workload);
        Set<List<Object>> reported = new HashSet<>();
        for (StateLocations.StatePath state : StateLocations.of(workload)) {
            Optional<Volumes.Volume> volume = volumes.mountHolding(state.container(), state.path()).flatMap(Volumes.Mount::volume);
            String where = SignerSignal.name(workload) + " keeps " + state.what() + " at " + state.path() + " ";
            if (volume.isEmpty()) {
                if (reported.add(state.at())) {
                    findings.report(workload.object(), state.at(), Severity.CRITICAL, where + "in the container's"
                            + " filesystem (no volume is mounted there): a restart forgets what it signed "
                            + SignerSignal.of(workload));
                }
                continue;
            }
            Volumes.Volume v = volume.get();
            Optional<String> local = localStorage(workload, v, provisioners);
            String message = switch (v.type()) {
                case EMPTY_DIR, MEMORY, EPHEMERAL -> where + "on " + v.describe()
                        + ", which is deleted with the pod: a reschedule forgets what it signed ";
                case HOST_PATH -> where + "on " + v.describe() + ", a node's local disk: it is lost with the node"
                        + " and a pod rescheduled elsewhere starts empty ";
                default -> local.map(sc -> where + "on " + v.describe() + " of node-local storage class " + sc
                        + ", which is not replicated: it is lost with the node ").orElse(null);
            };
            List<Object> at = switch (v.type()) {
                case EMPTY_DIR, MEMORY -> Tree.path(v.path(), "emptyDir");
                case EPHEMERAL -> Tree.path(v.path(), "ephemeral");
                case HOST_PATH -> Tree.path(v.path(), "hostPath");
                case CLAIM_TEMPLATE -> Tree.path(v.path(), "spec", "storageClassName");
                default -> v.path();
            };
            if (message != null && reported.add(at)) {
                boolean deletedWithPod = v.type() == Volumes.Type.EMPTY_DIR || v.type() == Volumes.Type.MEMORY
                        || v.type() == Volumes.Type.EPHEMERAL;
                Severity severity = deletedWithPod ? Severity.CRITICAL : Severity.HIGH;
                findings.report(workload.object(), at, severity, message + SignerSignal.of(workload));
            }
        }
    }

    /** The node-local storage class behind a claim or claim template, if the set shows it. */
    private static Optional<String> localStorage(Workload workload, Volumes.Volume volume, Map<String, String> provisioners) {
        Optional<String> storageClass = switch (volume.type()) {
            case CLAIM_TEMPLATE -> Tree.text(volume.data(), List.of("spec", "storageClassName"));
            case CLAIM -> workload.neighbour("PersistentVolumeClaim", volume.source())
                    .flatMap(claim -> Tree.text(claim.data(), List.of("spec", "storageClassName")));
            default -> Optional.empty();
        };
        return storageClass.filter(sc -> LOCAL_PROVISIONERS.contains(provisioners.getOrDefault(sc, "")))
                .map(sc -> sc + " (" + provisioners.get(sc) + ")");
    }

    private static void collectScyllaUsers(LintSet set, Workload workload, Map<String, List<ScyllaUser>> users) {
        for (Container container : Linera.processes(workload)) {
            CommandWords words = CommandWords.of(workload, container);
            Linera.scyllaHost(words).ifPresent(host -> {
                String[] labels = host.split("\\.");
                if (labels[0].endsWith("-client")) {
                    String namespace = labels.length > 1 ? labels[1] : set.namespaceOf(workload.object());
                    String cluster = labels[0].substring(0, labels[0].length() - "-client".length());
                    users.computeIfAbsent(namespace + '/' + cluster, k -> new ArrayList<>()).add(new ScyllaUser(workload,
                            words.value("--storage-replication-factor").map(CommandWords.Word::text).orElse("")));
                }
            });
        }
    }

    private static void checkScyllaCluster(ManifestObject cluster, List<ScyllaUser> users, FindingSink findings) {
        Map<String, List<Object>> problems = new LinkedHashMap<>();
        if (Tree.at(cluster.data(), List.of("spec", "developerMode")).filter(Boolean.TRUE::equals).isPresent()) {
            problems.put("developer mode", List.of("spec", "developerMode"));
        }
        List<?> racks = Tree.list(cluster.data(), List.of("spec", "datacenter", "racks"));
        long members = 0;
        int firstRack = -1;
        for (int i = 0; i < racks.size(); i++) {
            long rackMembers = Tree.number(racks.get(i), List.of("members")).orElse(0L);
            members += rackMembers;
            if (rackMembers > 0 && firstRack < 0) {
                firstRack = i;
            }
        }
        if (members == 1) {
            problems.put("1 member", List.of("spec", "datacenter", "racks", firstRack, "members"));
        }
        Optional<ScyllaUser> unreplicated = users.stream().filter(u -> u.replicationFactor().equals("1"))
                .min(Comparator.comparing(u -> !Linera.isShard(u.workload())));
        unreplicated.ifPresent(u -> problems.put("replication factor 1 (--storage-replication-factor of "
                + SignerSignal.name(u.workload()) + ")", List.of("spec", "datacenter")));
        if (problems.isEmpty()) {
            return;
        }
        Workload validator = users.stream().map(ScyllaUser::workload).filter(Linera::isShard).findFirst()
                .orElse(users.get(0).workload());
        findings.report(cluster, problems.values().iterator().next(), Severity.HIGH, "ScyllaCluster " + cluster.name()
                + " holds the vote memory of the Linera validator " + SignerSignal.name(validator) + " but runs with "
                + String.join(", ", problems.keySet()) + ": losing one node or disk loses what the validator voted,"
                + " and its shards re-initialise storage from genesis " + SignerSignal.of(validator));
    }
}
