package io.stackgen.lint.rules.ds;

import io.stackgen.lint.model.CommandWords;
import io.stackgen.lint.model.Container;
import io.stackgen.lint.model.ImageName;
import io.stackgen.lint.model.KeyFiles;
import io.stackgen.lint.model.Volumes;
import io.stackgen.lint.model.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a signer keeps what it has signed (its slashing protection or vote memory), per client, as far as the
 * manifest says: safety-rules.md's path table.
 */
final class StateLocations {
    /**
     * One state directory.
     *
     * @param what what is kept there, for messages
     * @param at   the field that names the path (or the container, for a client default)
     */
    record StatePath(Container container, String path, String what, List<Object> at) {
    }

    private static final Pattern DATA_PATH_SETTING = Pattern.compile("(?m)^\\s*data-path\\s*=\\s*[\"']?([^\"'\\s#]+)");
    private static final Set<String> LIGHTHOUSE_VC = Set.of("vc", "validator_client");

    private StateLocations() {
    }

    static List<StatePath> of(Workload workload) {
        List<StatePath> paths = new ArrayList<>();
        List<KeyFiles.Kind> keys = KeyFiles.of(workload).stream().map(KeyFiles.KeyFile::kind).toList();
        Volumes volumes = Volumes.of(workload);
        for (Container container : workload.containers()) {
            CommandWords words = CommandWords.of(workload, container);
            ImageName image = ImageName.parse(container.image());
            if (runs(words, image, "lighthouse") && words.words().stream().anyMatch(w -> LIGHTHOUSE_VC.contains(w.text()))) {
                Optional<CommandWords.Word> datadir = words.value("--datadir");
                paths.add(new StatePath(container, datadir.map(CommandWords.Word::text).orElse("/root/.lighthouse") + "/validators",
                        "the Lighthouse slashing-protection database",
                        datadir.map(CommandWords.Word::path).orElse(container.path())));
            }
            if (runs(words, image, "teku")) {
                flag(words, container, "the Teku slashing-protection records", "--data-validator-path", "--data-path",
                        "--data-base-path").ifPresent(paths::add);
            }
            if (image.hasSegment("prysm") || image.name().contains("prysm")) {
                flag(words, container, "the Prysm slashing-protection database", "--datadir", "--wallet-dir")
                        .ifPresent(paths::add);
            }
            if (runs(words, image, "horcrux")) {
                words.value("--home").ifPresent(home -> paths.add(new StatePath(container, home.text() + "/state",
                        "the horcrux sign state", home.path())));
            }
            if (keys.contains(KeyFiles.Kind.COMETBFT_VALIDATOR_KEY)) {
                words.value("--home").ifPresent(home -> paths.add(new StatePath(container, home.text() + "/data",
                        "priv_validator_state.json (the last height, round and step signed)", home.path())));
            }
            if (runs(words, image, "agave-validator") || runs(words, image, "solana-validator")) {
                flag(words, container, "the tower file (vote state)", "--ledger").ifPresent(paths::add);
            }
            Linera.rocksDbPath(words).ifPresent(path -> paths.add(new StatePath(container, path,
                    "the Linera vote memory (RocksDB)", words.value("--storage").orElseThrow().path())));
            if (keys.contains(KeyFiles.Kind.MARU_KEY) || keys.contains(KeyFiles.Kind.BESU_NODE_KEY)) {
                String what = keys.contains(KeyFiles.Kind.MARU_KEY) ? "the maru data directory" : "the sequencer's data directory";
                Optional<StatePath> data = flag(words, container, what, "--data-path");
                paths.add(data.orElseGet(() -> configuredDataPath(volumes, container, what).orElse(null)));
            }
        }
        paths.removeIf(Objects::isNull);
        return paths;
    }

    private static boolean runs(CommandWords words, ImageName image, String program) {
        return words.program(program).isPresent() || image.name().equals(program);
    }

    private static Optional<StatePath> flag(CommandWords words, Container container, String what, String... flags) {
        for (String flag : flags) {
            Optional<CommandWords.Word> value = words.value(flag);
            if (value.isPresent()) {
                return Optional.of(new StatePath(container, value.get().text(), what, value.get().path()));
            }
        }
        return Optional.empty();
    }

    /** {@code data-path} in a config file the container mounts from a ConfigMap of the set. */
    private static Optional<StatePath> configuredDataPath(Volumes volumes, Container container, String what) {
        for (Volumes.File file : volumes.files()) {
            if (!file.mount().container().path().equals(container.path()) || !file.name().endsWith(".toml")) {
                continue;
            }
            Optional<Matcher> setting = volumes.content(file).map(DATA_PATH_SETTING::matcher).filter(Matcher::find);
            if (setting.isPresent()) {
                return Optional.of(new StatePath(container, setting.get().group(1), what, file.mount().path()));
            }
        }
        return Optional.empty();
    }
}
