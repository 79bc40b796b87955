package io.stackgen.lint.rules.ds;

import io.stackgen.lint.model.CommandWords;
import io.stackgen.lint.model.Container;
import io.stackgen.lint.model.KeyFiles;
import io.stackgen.lint.model.Volumes;
import io.stackgen.lint.model.Workload;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The manifest's proof that replicas above one are safe because each replica signs for its own identity
 * (RULES.md, "Which workloads sign"): Linera shards and proxies taking {@code --shard}/{@code --id} from the
 * StatefulSet ordinal, a key or horcrux shard picked per ordinal, Substrate keys derived per pod, web3signer
 * replicas sharing one slashing-protection database.
 */
final class IdentityProof {
    private static final List<String> ORDINAL_FLAGS = List.of("--shard", "--id");
    private static final Pattern KEY_WORD = Pattern.compile("(?i)shard|cosigner|key|priv_validator|keystore");
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "::1", "[::1]");

    private IdentityProof() {
    }

    /** Why each replica has its own signing identity, or empty when the manifest does not show it. */
    static Optional<String> forSigning(Workload workload) {
        boolean ordinals = workload.kind().equals("StatefulSet");
        for (Container container : workload.allContainers()) {
            CommandWords words = CommandWords.of(workload, container);
            if (ordinals) {
                for (String flag : ORDINAL_FLAGS) {
                    Optional<CommandWords.Word> value = words.value(flag);
                    if (value.isPresent() && words.fromPodName(value.get().text())) {
                        return Optional.of(flag + " " + value.get().text() + " takes the StatefulSet ordinal");
                    }
                }
            }
            Optional<String> perPod = perPodKey(workload, words, ordinals);
            if (perPod.isPresent()) {
                return perPod;
            }
            Optional<String> database = sharedSlashingDatabase(words);
            if (database.isPresent()) {
                return database;
            }
        }
        return ordinals ? perPodMount(workload) : Optional.empty();
    }

    /** Why each replica has its own P2P node key, or empty. */
    static Optional<String> forNodeKey(Workload workload) {
        boolean ordinals = workload.kind().equals("StatefulSet");
        List<KeyFiles.KeyFile> keys = KeyFiles.of(workload);
        for (Container container : workload.allContainers()) {
            CommandWords words = CommandWords.of(workload, container);
            for (KeyFiles.KeyFile key : keys) {
                if (key.kind().peerIdentity() && !key.path().isEmpty() && words.fromPodName(key.path())) {
                    return Optional.of("the node key path " + key.path() + " differs per pod");
                }
            }
            Optional<String> perPod = perPodKey(workload, words, ordinals);
            if (perPod.isPresent()) {
                return perPod;
            }
        }
        return ordinals ? perPodMount(workload) : Optional.empty();
    }

    /**
     * A key chosen or derived per pod: {@code //${HOSTNAME}} key derivation (unique per pod in any kind), or, in
     * a StatefulSet, a key-naming word built from the ordinal ({@code cosigner_${ORDINAL}}).
     */
    private static Optional<String> perPodKey(Workload workload, CommandWords words, boolean ordinals) {
        for (CommandWords.Word word : words.words()) {
            String text = word.text();
            if (text.indexOf('$') < 0 && text.indexOf('`') < 0) {
                continue; // nothing expanded, nothing per pod
            }
            int derivation = text.indexOf("//$");
            if (derivation >= 0 && !text.contains("://") && words.fromPodName(text.substring(derivation))) {
                return Optional.of("keys are derived per pod (" + text.substring(derivation) + ")");
            }
            if (ordinals && KEY_WORD.matcher(text).find() && words.fromPodName(text)) {
                return Optional.of("each pod picks its own key (" + text + ")");
            }
        }
        return Optional.empty();
    }

    /** A key volume mounted with {@code subPathExpr} built from the pod name. */
    private static Optional<String> perPodMount(Workload workload) {
        for (Volumes.Mount mount : Volumes.of(workload).mounts()) {
            if (mount.subPathExpr().contains("$(") && (KeyNames.isKeyLike(mount.mountPath())
                    || mount.volume().map(v -> KeyNames.isKeyLike(v.source()) || KeyNames.isKeyLike(v.name())).orElse(false))) {
                return Optional.of("subPathExpr " + mount.subPathExpr() + " picks a key per pod");
            }
        }
        return Optional.empty();
    }

    /** web3signer's documented high-availability setup: protection on, one database for every replica. */
    private static Optional<String> sharedSlashingDatabase(CommandWords words) {
        Optional<CommandWords.Word> url = words.value("--slashing-protection-db-url");
        if (url.isEmpty() || SlashingProtection.disabled(words).isPresent() || local(url.get().text())) {
            return Optional.empty();
        }
        return Optional.of("replicas share the slashing-protection database --slashing-protection-db-url");
    }

    /** Whether a JDBC or plain URL points into the pod itself (a per-pod database protects nothing across pods). */
    private static boolean local(String url) {
        try {
            String host = URI.create(url.startsWith("jdbc:") ? url.substring(5) : url).getHost();
            return host == null || LOCAL_HOSTS.contains(host.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException unparsable) {
            return false;
        }
    }
}
