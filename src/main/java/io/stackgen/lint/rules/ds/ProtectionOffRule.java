package io.stackgen.lint.rules.ds;

import io.stackgen.lint.Family;
import io.stackgen.lint.FindingSink;
import io.stackgen.lint.LintRule;
import io.stackgen.lint.LintSet;
import io.stackgen.lint.Rule;
import io.stackgen.lint.Severity;
import io.stackgen.lint.model.CommandWords;
import io.stackgen.lint.model.Container;
import io.stackgen.lint.model.ImageName;
import io.stackgen.lint.model.Volumes;
import io.stackgen.lint.model.Workload;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** DS08. */
@LintRule(id = "DS08", title = "Double-signing protection switched off", severity = Severity.CRITICAL,
        family = Family.DS,
        rationale = "These flags remove the check that stops a signer from signing twice: Lighthouse"
                + " --init-slashing-protection silently recreates a lost database (\"you will get slashed if you use"
                + " it incorrectly\"), web3signer --slashing-protection-enabled=false signs anything, horcrux single"
                + " mode (--mode single, --accept-risk, signMode: single) drops the threshold. A client that offers"
                + " doppelganger detection and does not use it is reported low, as advice.",
        fix = "Remove the flag; keep protection on with a durable database (web3signer: one"
                + " --slashing-protection-db-url for all replicas); run horcrux in threshold mode; enable doppelganger"
                + " detection on validator clients.",
        references = {
                "https://lighthouse-book.sigmaprime.io/validator_slashing_protection.html",
                "https://docs.web3signer.consensys.io/how-to/configure-slashing-protection",
                "https://github.com/strangelove-ventures/horcrux/blob/main/docs/migrating.md"})
public final class ProtectionOffRule implements Rule {
    private static final Pattern SINGLE_SIGN_MODE = Pattern.compile("(?m)^\\s*signMode:\\s*[\"']?single\\b");
    private static final Set<String> LIGHTHOUSE_VC = Set.of("vc", "validator_client");

    @Override
    public void check(LintSet set, FindingSink findings) {
        for (Workload workload : set.workloads()) {
            if (workload.role().map(r -> !r.role().signs()).orElse(false)) {
                continue;
            }
            String signal = workload.isSigner() ? " " + SignerSignal.of(workload) : " (a flag only signers take)";
            for (Container container : workload.allContainers()) {
                CommandWords words = CommandWords.of(workload, container);
                SlashingProtection.initialised(words).ifPresent(flag -> findings.report(workload.object(), flag.path(),
                        SignerSignal.name(workload) + " passes --init-slashing-protection: a lost slashing-protection"
                                + " database is recreated empty instead of stopping the validator" + signal));
                SlashingProtection.disabled(words).ifPresent(flag -> findings.report(workload.object(), flag.path(),
                        SignerSignal.name(workload) + " passes --slashing-protection-enabled=false: it signs whatever"
                                + " it is asked to" + signal));
                SlashingProtection.singleSigner(words).ifPresent(flag -> findings.report(workload.object(), flag.path(),
                        SignerSignal.name(workload) + " runs horcrux in single-signer mode ("
                                + (flag.text().startsWith("--mode") ? "--mode single" : flag.text())
                                + "): one process with the whole key and no threshold" + signal));
                if (workload.isSigner() && !container.init()) {
                    missingDoppelganger(container, words).ifPresent(flag -> findings.report(workload.object(),
                            container.at("args"), Severity.LOW, SignerSignal.name(workload) + " could detect another"
                                    + " instance signing with its keys but does not set " + flag + signal));
                }
            }
            Volumes volumes = Volumes.of(workload);
            for (Volumes.File file : volumes.files()) {
                if (HorcruxQuorum.isConfigFile(file)
                        && volumes.content(file).filter(text -> SINGLE_SIGN_MODE.matcher(text).find()).isPresent()) {
                    findings.report(workload.object(), file.mount().path(), SignerSignal.name(workload) + " mounts "
                            + file.name() + " from " + file.kind() + " " + file.source() + ", which sets signMode: single"
                            + " (horcrux without a threshold)" + signal);
                }
            }
        }
    }

    /** The doppelganger flag a validator client offers but is not given. */
    private static Optional<String> missingDoppelganger(Container container, CommandWords words) {
        ImageName image = ImageName.parse(container.image());
        boolean lighthouse = (words.program("lighthouse").isPresent() || image.name().equals("lighthouse"))
                && words.words().stream().anyMatch(w -> LIGHTHOUSE_VC.contains(w.text()));
        if (lighthouse && !words.has("--enable-doppelganger-protection")) {
            return Optional.of("--enable-doppelganger-protection");
        }
        boolean teku = (words.program("teku").isPresent() || image.name().equals("teku")) && words.has("--validator-keys");
        if (teku && !words.has("--doppelganger-detection-enabled")) {
            return Optional.of("--doppelganger-detection-enabled");
        }
        boolean prysm = image.hasSegment("prysm") && image.name().equals("validator") || image.name().equals("prysm-validator");
        if (prysm && !words.has("--enable-doppelganger")) {
            return Optional.of("--enable-doppelganger");
        }
        return Optional.empty();
    }
}
