package io.stackgen.lint.rules.ds;

import io.stackgen.lint.model.CommandWords;
import io.stackgen.lint.model.Container;
import io.stackgen.lint.model.SignerImages;
import io.stackgen.lint.model.Workload;
import java.util.List;
import java.util.Optional;

/** What the manifest says about a Linera validator's processes: shards, proxies and their storage. */
final class Linera {
    private Linera() {
    }

    private static final Object SHARD = new Object();
    private static final Object PROXY = new Object();

    static boolean isShard(Workload workload) {
        return workload.derived(SHARD, w -> SignerImages.runs(w, "linera-server"));
    }

    static boolean isProxy(Workload workload) {
        return workload.derived(PROXY, w -> SignerImages.runs(w, "linera-proxy"));
    }

    /** A ScyllaDB host named by {@code --storage scylladb:tcp:HOST:PORT} (also inside a dualstore config). */
    static Optional<String> scyllaHost(CommandWords words) {
        return storagePart(words, "scylladb").filter(parts -> parts.size() > 2 && parts.get(1).equals("tcp"))
                .map(parts -> parts.get(2));
    }

    /** A RocksDB directory named by {@code --storage rocksdb:PATH…}. */
    static Optional<String> rocksDbPath(CommandWords words) {
        return storagePart(words, "rocksdb").filter(parts -> parts.size() > 1).map(parts -> parts.get(1));
    }

    /** The {@code --storage} value's parts from the named backend on, e.g. {@code [scylladb, tcp, host, 9042]}. */
    private static Optional<List<String>> storagePart(CommandWords words, String backend) {
        return words.value("--storage").map(v -> List.of(v.text().split(":"))).flatMap(parts -> {
            int start = parts.indexOf(backend);
            return start < 0 ? Optional.empty() : Optional.of(parts.subList(start, parts.size()));
        });
    }

    /** Main containers running a Linera server or proxy. */
    static List<Container> processes(Workload workload) {
        return workload.containers().stream().filter(c -> {
            CommandWords words = CommandWords.of(workload, c);
            return words.program("linera-server").isPresent() || words.program("linera-proxy").isPresent();
        }).toList();
    }
}
