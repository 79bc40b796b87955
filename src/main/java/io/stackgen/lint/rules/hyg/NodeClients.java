package io.stackgen.lint.rules.hyg;

import io.stackgen.lint.model.Container;
import io.stackgen.lint.model.ImageName;
import java.util.Locale;
import java.util.regex.Pattern;

/** What a container runs, as far as hygiene cares: a blockchain node (slow to start, big data) or a JVM. */
final class NodeClients {
    private static final Pattern JVM_IMAGE = Pattern.compile("\\b(besu|maru|teku|web3signer)\\b");
    private static final Pattern NODE_IMAGE = Pattern.compile(
            "\\b(besu|maru|teku|web3signer|linera|scylla|scylladb|geth|erigon|nethermind|reth|lighthouse"
                    + "|prysm|nimbus|lodestar|cometbft|tendermint|gaia|osmosis|agave|solana|polkadot|avalanchego|bor|heimdall)\\b");

    /** Tools named after the chain they serve that are not nodes themselves: linera-exporter, ethstats, … */
    private static final Pattern COMPANION_IMAGE = Pattern.compile("exporter|ethstats|explorer|faucet|indexer|tx-sender");

    private NodeClients() {
    }

    static boolean isJvm(Container container) {
        return JVM_IMAGE.matcher(repository(container)).find()
                || container.commandLine().stream().findFirst().filter(c -> c.equals("java") || c.endsWith("/java")).isPresent();
    }

    /** A blockchain client or its database: slow to start, holds chain data. */
    static boolean isNode(Container container) {
        String repository = repository(container);
        return NODE_IMAGE.matcher(repository).find() && !COMPANION_IMAGE.matcher(repository).find();
    }

    private static String repository(Container container) {
        return ImageName.parse(container.image()).repository().toLowerCase(Locale.ROOT);
    }
}
