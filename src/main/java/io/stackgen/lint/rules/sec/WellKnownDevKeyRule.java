package io.stackgen.lint.rules.sec;

import io.stackgen.lint.Family;
import io.stackgen.lint.FindingSink;
import io.stackgen.lint.LintRule;
import io.stackgen.lint.LintSet;
import io.stackgen.lint.Rule;
import io.stackgen.lint.Severity;
import io.stackgen.lint.model.Container;
import io.stackgen.lint.model.Workload;
import io.stackgen.manifest.ManifestObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SEC06: a published development key (Anvil/Hardhat accounts, the "test … junk" mnemonic, Substrate's
 * {@code --alice} and {@code //Alice}) anywhere in env, args, ConfigMaps or Secrets. On a development chain
 * (chain id 1337/31337, {@code --dev}, {@code --chain dev}) it is expected and reported as info.
 */
@LintRule(
        id = "SEC06",
        title = "Well-known development key outside a development chain",
        severity = Severity.HIGH,
        family = Family.SEC,
        rationale = "Development keys are published in tool documentation and funded on every test chain; bots sweep "
                + "any value sent to them on a real chain within seconds, and a validator signing with one can be "
                + "impersonated by anyone. They belong only on local development chains.",
        fix = "Generate a fresh key for every non-development network and load it from a Secret; keep development "
                + "keys to chain id 1337/31337 or --dev chains.",
        references = {
                "https://book.getfoundry.sh/reference/anvil/",
                "https://hardhat.org/hardhat-network/docs/reference#accounts",
                "https://docs.substrate.io/reference/command-line-tools/node-template/"})
public final class WellKnownDevKeyRule implements Rule {
    @Override
    public void check(LintSet set, FindingSink findings) {
        DevChains chains = new DevChains(set);
        for (Workload workload : set.workloads()) {
            ManifestObject object = workload.object();
            for (Container container : workload.allContainers()) {
                List<?> env = container.env();
                for (int i = 0; i < env.size(); i++) {
                    if (env.get(i) instanceof Map<?, ?> variable && variable.get("value") != null) {
                        String name = String.valueOf(variable.get("name"));
                        int item = i;
                        WellKnownDevKeys.in(name, String.valueOf(variable.get("value"))).ifPresent(key ->
                                report(findings, chains, object, container.at("env", item, "value"), -1,
                                        "env " + name + of(container) + " holds " + key));
                    }
                }
                for (CommandArgs.Arg arg : CommandArgs.of(set, container)) {
                    Optional<String> key = arg.label().startsWith("--") && WellKnownDevKeys.isDevAccountFlag(arg.name())
                            ? Optional.of("the key of Substrate's development account " + capitalized(arg.name()))
                            : WellKnownDevKeys.in(arg.name(), arg.value());
                    key.ifPresent(k -> report(findings, chains, object, arg.path(), arg.line(),
                            arg.label() + of(container) + " signs with " + k));
                }
            }
        }
        for (ManifestObject object : set.objects()) {
            for (SecretScan.Scanned scanned : SecretScan.of(set, object)) {
                StoredEntries.Stored entry = scanned.entry();
                for (ConfigEntries.Entry leaf : scanned.leaves()) {
                    String name = leaf.path().isEmpty() ? entry.name() : leaf.name();
                    WellKnownDevKeys.in(name, leaf.value()).ifPresent(key -> entry.report(findings, object, leaf.line(),
                            severity(chains, object), object.kind() + " key \"" + entry.name() + "\" holds " + key
                                    + (leaf.path().isEmpty() ? "" : " at " + leaf.dotted()) + suffix(chains, object)));
                }
            }
        }
    }

    private static String of(Container container) {
        return " of container \"" + container.name() + "\"";
    }

    private static String capitalized(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static void report(FindingSink findings, DevChains chains, ManifestObject object,
                               List<Object> path, int line, String message) {
        findings.reportWithin(object, path, line, severity(chains, object), message + suffix(chains, object));
    }

    private static Severity severity(DevChains chains, ManifestObject object) {
        return chains.devChain(object).isPresent() ? Severity.INFO : Severity.HIGH;
    }

    private static String suffix(DevChains chains, ManifestObject object) {
        return chains.devChain(object)
                .map(says -> "; expected on a development chain (" + says + ")")
                .orElse(", which is public: anyone can sign with it");
    }
}
