package io.stackgen.lint.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The known key files a workload mounts, names in its args, or points to from a mounted config file. */
public final class KeyFiles {
    /** Which key a file holds. */
    public enum Kind {
        LINERA_SERVER_CONFIG("Linera validator key", true, false),
        BESU_NODE_KEY("Besu node key", true, true),
        MARU_KEY("maru validator and P2P key", true, true),
        COMETBFT_VALIDATOR_KEY("CometBFT validator key", true, false),
        HORCRUX_SHARD("horcrux key shard", true, false),
        VALIDATOR_KEYSTORE("validator keystores", true, false),
        WEB3SIGNER_KEY_STORE("web3signer key store", true, false),
        P2P_NODE_KEY("P2P node key", false, true);

        private final String title;
        private final boolean signs;
        private final boolean peerIdentity;

        Kind(String title, boolean signs, boolean peerIdentity) {
            this.title = title;
            this.signs = signs;
            this.peerIdentity = peerIdentity;
        }

        public String title() {
            return title;
        }

        /** Whether holding it makes the workload a signer. */
        public boolean signs() {
            return signs;
        }

        /** Whether it is the node's P2P identity (two pods with it are one peer twice). */
        public boolean peerIdentity() {
            return peerIdentity;
        }
    }

    /**
     * One key file seen in the manifest.
     *
     * @param kind     what it holds
     * @param path     where the container reads it, when the manifest says; else empty
     * @param evidence how the manifest shows it, e.g. {@code args --node-private-key-file=/var/lib/besu/key}
     * @param at       the field that shows it, from the object root
     * @param inline   whether the key itself is written in the args (e.g. {@code --node-key <hex>})
     */
    public record KeyFile(Kind kind, String path, String evidence, List<Object> at, boolean inline) {
        /** E.g. {@code args --node-private-key-file=/var/lib/besu/key (Besu node key)}. */
        public String signal() {
            return evidence + " (" + kind.title() + ")";
        }
    }

    private record Flag(String name, Kind kind) {
    }

    private static final List<Flag> FLAGS = List.of(
            new Flag("--node-private-key-file", Kind.BESU_NODE_KEY),
            new Flag("--private-key-path", Kind.MARU_KEY),
            new Flag("--validator-keys", Kind.VALIDATOR_KEYSTORE),
            new Flag("--validators-dir", Kind.VALIDATOR_KEYSTORE),
            new Flag("--wallet-dir", Kind.VALIDATOR_KEYSTORE),
            new Flag("--key-store-path", Kind.WEB3SIGNER_KEY_STORE),
            new Flag("--keystores-path", Kind.WEB3SIGNER_KEY_STORE),
            new Flag("--node-key-file", Kind.P2P_NODE_KEY),
            new Flag("--nodekey", Kind.P2P_NODE_KEY));
    /** A P2P key written into the args themselves (Substrate {@code customNodeKey}). */
    private static final String INLINE_NODE_KEY = "--node-key";
    private static final Pattern SHARD_FILE = Pattern.compile("(^|[_-])shard\\.json$");
    private static final Pattern KEYSTORE_FILE = Pattern.compile("^keystore[^/]*\\.json$");
    private static final Pattern MARU_KEY_PATH = Pattern.compile("(?m)^\\s*private-key-path\\s*=\\s*[\"']?([^\"'\\s#]+)");

    private KeyFiles() {
    }

    /** Every key file the manifest shows for the workload: mounted files, then args, then mounted config files. */
    public static List<KeyFile> of(Workload workload) {
        return workload.derived(KeyFiles.class, KeyFiles::find);
    }

    private static List<KeyFile> find(Workload workload) {
        List<KeyFile> found = new ArrayList<>();
        Volumes volumes = Volumes.of(workload);
        for (Volumes.File file : volumes.files()) {
            kindOfFile(file.name()).ifPresent(kind -> found.add(new KeyFile(kind, file.path(),
                    "mounts " + file.name() + " from " + file.kind() + " " + file.source(), file.mount().path(), false)));
        }
        for (Container container : workload.allContainers()) {
            CommandWords words = CommandWords.of(workload, container);
            for (Flag flag : FLAGS) {
                words.value(flag.name()).ifPresent(value -> found.add(new KeyFile(flag.kind(), value.text(),
                        "args " + flag.name() + "=" + value.text(), value.path(), false)));
            }
            words.value(INLINE_NODE_KEY).ifPresent(value -> found.add(new KeyFile(Kind.P2P_NODE_KEY, "",
                    "args " + INLINE_NODE_KEY + " with the key written inline", value.path(), true)));
            for (CommandWords.Word word : words.words()) {
                if (!word.text().endsWith(".json")) {
                    continue; // every key file named in args is a JSON file
                }
                String path = word.text().substring(word.text().indexOf('=') + 1);
                kindOfFile(Volumes.baseName(path)).ifPresent(kind -> found.add(new KeyFile(kind, path,
                        "args name " + word.text(), word.path(), false)));
            }
        }
        for (Volumes.File file : volumes.files()) {
            if (file.kind().equals("ConfigMap") && file.name().endsWith(".toml")) {
                configKey(volumes, file).ifPresent(found::add);
            }
        }
        return List.copyOf(found);
    }

    /** The first key file that signs, as the signer signal. */
    public static Optional<KeyFile> signing(Workload workload) {
        return of(workload).stream().filter(k -> k.kind().signs()).findFirst();
    }

    private static Optional<Kind> kindOfFile(String name) {
        if (!name.endsWith(".json")) {
            return Optional.empty();
        }
        if (name.equals("server.json")) {
            return Optional.of(Kind.LINERA_SERVER_CONFIG);
        }
        if (name.equals("priv_validator_key.json")) {
            return Optional.of(Kind.COMETBFT_VALIDATOR_KEY);
        }
        if (name.equals("node_key.json")) {
            return Optional.of(Kind.P2P_NODE_KEY);
        }
        if (SHARD_FILE.matcher(name).find()) {
            return Optional.of(Kind.HORCRUX_SHARD);
        }
        if (KEYSTORE_FILE.matcher(name).matches()) {
            return Optional.of(Kind.VALIDATOR_KEYSTORE);
        }
        return Optional.empty();
    }

    /** maru's {@code private-key-path} in a config file the workload mounts from a ConfigMap of the set. */
    private static Optional<KeyFile> configKey(Volumes volumes, Volumes.File file) {
        Optional<Matcher> setting = volumes.content(file).filter(text -> text.contains("private-key-path"))
                .map(MARU_KEY_PATH::matcher).filter(Matcher::find);
        return setting.map(m -> new KeyFile(Kind.MARU_KEY, m.group(1),
                "mounts " + file.name() + " from ConfigMap " + file.source() + ", which sets private-key-path=" + m.group(1),
                file.mount().path(), false));
    }
}
