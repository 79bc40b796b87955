package io.stackgen.lint.rules.ds;

import io.stackgen.lint.model.CommandWords;
import io.stackgen.lint.model.ConfigText;
import io.stackgen.lint.model.Container;
import io.stackgen.lint.model.ImageName;
import io.stackgen.lint.model.KeyFiles;
import io.stackgen.lint.model.SignerImages;
import io.stackgen.lint.model.Tree;
import io.stackgen.lint.model.Volumes;
import io.stackgen.lint.model.Workload;
import io.stackgen.manifest.ManifestObject;
import java.util.List;
import java.util.Optional;

/**
 * A horcrux threshold signer's quorum as the manifest shows it: {@code thresholdModeConfig} (v3) or
 * {@code cosigner} (v2) in a mounted config.yaml, or {@code horcrux config init --threshold … --cosigner …} args.
 */
final class HorcruxQuorum {
    /**
     * @param threshold shards needed to sign
     * @param cosigners cosigners in the cluster
     * @param object    the object to report on (the ConfigMap or Secret holding the config, else the workload)
     * @param at        the field that sets the threshold, from that object's root
     */
    record Quorum(int threshold, int cosigners, ManifestObject object, List<Object> at, String where) {
        /** How many cosigners may be down with signing still possible. */
        int tolerated() {
            return cosigners - threshold;
        }
    }

    private HorcruxQuorum() {
    }

    static boolean isHorcrux(Workload workload) {
        return workload.containers().stream().anyMatch(c -> ImageName.parse(c.image()).name().equals("horcrux"))
                || KeyFiles.of(workload).stream().anyMatch(k -> k.kind() == KeyFiles.Kind.HORCRUX_SHARD)
                || SignerImages.runs(workload, "horcrux");
    }

    /** horcrux reads YAML config ({@code config.yaml}); other mounted files need no parsing. */
    static boolean isConfigFile(Volumes.File file) {
        return file.name().endsWith(".yaml") || file.name().endsWith(".yml");
    }

    static Optional<Quorum> of(Workload workload) {
        Volumes volumes = Volumes.of(workload);
        for (Volumes.File file : volumes.files()) {
            if (!isConfigFile(file)) {
                continue;
            }
            Optional<Quorum> quorum = volumes.content(file).flatMap(text -> parse(text, workload, file));
            if (quorum.isPresent()) {
                return quorum;
            }
        }
        for (Container container : workload.allContainers()) {
            CommandWords words = CommandWords.of(workload, container);
            Optional<CommandWords.Word> threshold = words.value("--threshold").or(() -> words.value("-t"));
            long cosigners = words.words().stream().filter(w -> w.text().equals("--cosigner") || w.text().equals("-c")
                    || w.text().startsWith("--cosigner=")).count();
            if (threshold.isPresent() && cosigners > 0) {
                Optional<Integer> t = integer(threshold.get().text());
                if (t.isPresent()) {
                    return Optional.of(new Quorum(t.get(), (int) cosigners, workload.object(), threshold.get().path(),
                            "the horcrux config init args"));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Quorum> parse(String text, Workload workload, Volumes.File file) {
        if (!text.contains("thresholdModeConfig") && !text.contains("cosigner")) {
            return Optional.empty();
        }
        Optional<Object> loaded = ConfigText.load(text);
        if (loaded.isEmpty()) {
            return Optional.empty();
        }
        Object config = loaded.get();
        Optional<ManifestObject> holder = workload.neighbour(file.kind(), file.source());
        String where = file.name() + " in " + file.kind() + " " + file.source();
        Optional<Long> v3 = Tree.number(config, List.of("thresholdModeConfig", "threshold"));
        if (v3.isPresent() && holder.isPresent()) {
            int cosigners = Tree.list(config, List.of("thresholdModeConfig", "cosigners")).size();
            return Optional.of(new Quorum(v3.get().intValue(), cosigners, holder.get(), dataPath(holder.get(), file), where));
        }
        Optional<Long> v2 = Tree.number(config, List.of("cosigner", "threshold"));
        if (v2.isPresent() && holder.isPresent()) {
            int cosigners = Tree.number(config, List.of("cosigner", "shares")).map(Long::intValue)
                    .orElse(Tree.list(config, List.of("cosigner", "peers")).size() + 1);
            return Optional.of(new Quorum(v2.get().intValue(), cosigners, holder.get(), dataPath(holder.get(), file), where));
        }
        return Optional.empty();
    }

    private static List<Object> dataPath(ManifestObject holder, Volumes.File file) {
        for (String field : List.of("data", "stringData")) {
            if (Tree.map(holder.data(), List.of(field)).containsKey(file.dataKey())) {
                return List.of(field, file.dataKey());
            }
        }
        return List.of("data");
    }

    private static Optional<Integer> integer(String text) {
        try {
            return Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
