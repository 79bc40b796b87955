package io.stackgen.lint.rules.sec;

import io.stackgen.lint.LintSet;
import io.stackgen.lint.model.Container;
import io.stackgen.lint.model.Workload;
import io.stackgen.manifest.ManifestObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which objects run a development chain, as far as the manifests say: a chain or network id of 1337 or 31337
 * (in env, flags or a config file held in a ConfigMap), {@code --dev}, {@code --chain dev|local}, or an
 * {@code anvil}/{@code hardhat} node. An object's own evidence decides; without any, its namespace's does. Any
 * other chain named alongside (a mainnet id, {@code --chain polkadot}) makes it not a development chain.
 */
final class DevChains {
    private static final Set<Long> DEV_CHAIN_IDS = Set.of(1337L, 31337L);
    private static final Set<String> DEV_CHAIN_NAMES = Set.of("dev", "local", "development");
    private static final Set<String> DEV_NODES = Set.of("anvil", "hardhat");

    private record Evidence(String says, boolean dev) {
    }

    private final LintSet set;
    private final Map<ManifestObject, List<Evidence>> byObject = new IdentityHashMap<>();
    private final Map<String, List<Evidence>> byNamespace = new HashMap<>();
    private boolean indexed;

    /** Looks at the set only when first asked: development keys are rare, the looking is not cheap. */
    DevChains(LintSet set) {
        this.set = set;
    }

    private void index() {
        for (Workload workload : set.workloads()) {
            for (Container container : workload.allContainers()) {
                container.env().forEach(item -> {
                    if (item instanceof Map<?, ?> env && env.get("value") != null) {
                        named(workload.object(), String.valueOf(env.get("name")), String.valueOf(env.get("value")));
                    }
                });
                for (CommandArgs.Arg arg : CommandArgs.of(set, container)) {
                    argument(workload.object(), arg);
                }
            }
        }
        for (ManifestObject configMap : set.ofKind("ConfigMap")) {
            for (SecretScan.Scanned scanned : SecretScan.of(set, configMap)) {
                for (ConfigEntries.Entry leaf : scanned.leaves()) {
                    named(configMap, leaf.path().isEmpty() ? scanned.entry().name() : leaf.name(), leaf.value());
                }
            }
        }
        indexed = true;
    }

    /** What says the object is on a development chain, e.g. {@code chain id 31337}; empty when nothing does. */
    Optional<String> devChain(ManifestObject object) {
        if (!indexed) {
            index();
        }
        List<Evidence> own = byObject.getOrDefault(object, List.of());
        List<Evidence> evidence = own.isEmpty() ? byNamespace.getOrDefault(set.namespaceOf(object), List.of()) : own;
        if (evidence.isEmpty() || !evidence.stream().allMatch(Evidence::dev)) {
            return Optional.empty();
        }
        return Optional.of(evidence.get(0).says());
    }

    private void argument(ManifestObject object, CommandArgs.Arg arg) {
        String name = normalise(arg.name());
        String value = arg.value().strip().toLowerCase(Locale.ROOT);
        if (name.equals("dev")) {
            add(object, new Evidence("--dev", true));
        } else if (name.equals("chain") || name.equals("network")) {
            add(object, new Evidence(arg.label() + " " + value, DEV_CHAIN_NAMES.contains(value)));
        } else if (name.isEmpty() && DEV_NODES.contains(value.substring(value.lastIndexOf('/') + 1))) {
            add(object, new Evidence("the " + value.substring(value.lastIndexOf('/') + 1) + " node", true));
        } else {
            named(object, arg.name(), arg.value());
        }
    }

    private void named(ManifestObject object, String name, String value) {
        String key = normalise(name);
        if (key.endsWith("chainid") || key.endsWith("networkid")) {
            parseId(value.strip()).ifPresent(id -> add(object, new Evidence("chain id " + id, DEV_CHAIN_IDS.contains(id))));
        }
    }

    private void add(ManifestObject object, Evidence evidence) {
        byObject.computeIfAbsent(object, o -> new ArrayList<>()).add(evidence);
        byNamespace.computeIfAbsent(set.namespaceOf(object), n -> new ArrayList<>()).add(evidence);
    }

    private static Optional<Long> parseId(String value) {
        try {
            return Optional.of(value.startsWith("0x") ? Long.parseLong(value.substring(2), 16) : Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String normalise(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }
}
