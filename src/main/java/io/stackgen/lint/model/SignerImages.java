package io.stackgen.lint.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Known signer images and commands (RULES.md, "Which workloads sign", signal 3). */
public final class SignerImages {
    private static final Set<String> LIGHTHOUSE_VC = Set.of("vc", "validator_client", "validator");
    private static final Set<String> TEKU_VC = Set.of("vc", "validator-client");

    private SignerImages() {
    }

    /** What marks the workload's main containers as a signer, e.g. {@code runs linera-server}; empty if nothing. */
    public static Optional<String> match(Workload workload) {
        for (Container container : workload.containers()) {
            Optional<String> found = match(CommandWords.of(workload, container), container);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Whether a main container runs {@code program} (e.g. {@code linera-server}). */
    public static boolean runs(Workload workload, String program) {
        return workload.containers().stream().anyMatch(c -> CommandWords.of(workload, c).program(program).isPresent());
    }

    private static Optional<String> match(CommandWords words, Container container) {
        ImageName image = ImageName.parse(container.image());
        for (String program : List.of("linera-server", "linera-proxy", "agave-validator", "solana-validator", "tmkms",
                "horcrux", "web3signer")) {
            if (words.program(program).isPresent()) {
                return Optional.of("runs " + program);
            }
        }
        for (String name : List.of("maru", "web3signer", "horcrux", "tmkms", "agave-validator", "prysm-validator")) {
            if (image.name().equals(name)) {
                return Optional.of("image " + image.repository());
            }
        }
        if (image.hasSegment("prysm") && image.name().equals("validator")) {
            return Optional.of("image " + image.repository() + " (prysm validator)");
        }
        Optional<String> lighthouse = subcommand(words, image, "lighthouse", LIGHTHOUSE_VC);
        if (lighthouse.isPresent()) {
            return lighthouse;
        }
        Optional<String> teku = subcommand(words, image, "teku", TEKU_VC);
        if (teku.isPresent()) {
            return teku;
        }
        return Optional.empty();
    }

    /** {@code lighthouse vc}, {@code teku validator-client}: the program (or the image's entrypoint) and a subcommand. */
    private static Optional<String> subcommand(CommandWords words, ImageName image, String program, Set<String> subcommands) {
        Optional<CommandWords.Word> runs = words.program(program);
        List<String> operands = runs.map(words::operandsAfter)
                .orElseGet(() -> image.name().equals(program)
                        ? words.words().stream().map(CommandWords.Word::text).filter(t -> !t.startsWith("-")).toList()
                        : List.of());
        return operands.stream().filter(subcommands::contains).findFirst().map(sub -> "runs " + program + " " + sub);
    }
}
