package io.stackgen.lint.rules.ds;

import io.stackgen.lint.Family;
import io.stackgen.lint.FindingSink;
import io.stackgen.lint.LintRule;
import io.stackgen.lint.LintSet;
import io.stackgen.lint.Rule;
import io.stackgen.lint.Severity;
import io.stackgen.lint.model.CommandWords;
import io.stackgen.lint.model.ConfigText;
import io.stackgen.lint.model.Container;
import io.stackgen.lint.model.Tree;
import io.stackgen.lint.model.Volumes;
import io.stackgen.lint.model.Workload;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** DS15. */
@LintRule(id = "DS15", title = "Linera shards or proxies without their ordinals", severity = Severity.HIGH,
        family = Family.DS,
        rationale = "A Linera validator partitions its chains over numbered shards and proxies; each pod takes its"
                + " number from its StatefulSet ordinal (--shard/--id ${HOSTNAME##*-}). In a Deployment that suffix is"
                + " random, so pods serve the wrong partition or collide on one; more replicas than server.json lists"
                + " gives pods numbers the validator does not know.",
        fix = "Run shards and proxies as StatefulSets whose replicas equal the shards and proxies listed in the"
                + " server config.",
        references = "https://github.com/linera-io/linera-protocol/blob/main/docs/operators/testnets/manual-installation.md")
public final class LineraTopologyRule implements Rule {
    private static final Set<String> WITHOUT_ORDINALS = Set.of("Deployment", "ReplicaSet", "ReplicationController", "DaemonSet");
    private static final Map<String, Pattern> TOML_TABLES = Map.of(
            "shards", Pattern.compile("(?m)^\\s*\\[\\[shards]]"),
            "proxies", Pattern.compile("(?m)^\\s*\\[\\[proxies]]"));

    @Override
    public void check(LintSet set, FindingSink findings) {
        for (Workload workload : set.workloads()) {
            boolean shard = Linera.isShard(workload);
            if ((!shard && !Linera.isProxy(workload)) || workload.role().map(r -> !r.role().signs()).orElse(false)) {
                continue;
            }
            String part = shard ? "shards" : "proxies";
            String flag = shard ? "--shard" : "--id";
            if (WITHOUT_ORDINALS.contains(workload.kind())
                    && (workload.replicas() > 1 || workload.runsOnEveryNode() || numberFromPodName(workload, flag))) {
                findings.report(workload.object(), List.of("kind"), SignerSignal.name(workload) + " runs Linera "
                        + part + " without StatefulSet ordinals: " + flag + " from the pod name is a random suffix, so"
                        + " pods take the wrong partition or the same one " + SignerSignal.of(workload));
            }
            listed(workload, part).ifPresent(listed -> {
                if (workload.replicas() > listed.count()) {
                    findings.report(workload.object(), workload.replicasWritten() ? List.of("spec", "replicas") : List.of("kind"),
                            SignerSignal.name(workload) + " runs " + workload.replicas() + " " + part + " but "
                                    + listed.where() + " lists " + listed.count() + ": the extra pods have numbers the"
                                    + " validator does not know " + SignerSignal.of(workload));
                }
            });
        }
    }

    private static boolean numberFromPodName(Workload workload, String flag) {
        for (Container container : Linera.processes(workload)) {
            CommandWords words = CommandWords.of(workload, container);
            if (words.value(flag).filter(v -> words.fromPodName(v.text())).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private record Listed(int count, String where) {
    }

    /** How many shards or proxies the mounted server.json lists (internal_network), when the set shows it. */
    private static Optional<Listed> listed(Workload workload, String part) {
        Volumes volumes = Volumes.of(workload);
        for (Volumes.File file : volumes.files()) {
            if (!file.name().equals("server.json")) {
                continue;
            }
            Map<Object, Optional<Integer>> counts = workload.setFact(LineraTopologyRule.class, k -> new ConcurrentHashMap<>());
            // the releases of a fleet mount the same server.json: read once per set
            Optional<Integer> count = volumes.content(file)
                    .flatMap(text -> counts.computeIfAbsent(List.of(part, text), k -> count(text, part)));
            if (count.isPresent() && count.get() > 0) {
                return Optional.of(new Listed(count.get(), "server.json (" + file.kind() + " " + file.source() + ")"));
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> count(String text, String part) {
        Matcher tables = TOML_TABLES.get(part).matcher(text);
        int toml = 0;
        while (tables.find()) {
            toml++;
        }
        if (toml > 0) {
            return Optional.of(toml);
        }
        return ConfigText.load(text).map(json -> Tree.list(json, List.of("internal_network", part)).size());
    }
}
