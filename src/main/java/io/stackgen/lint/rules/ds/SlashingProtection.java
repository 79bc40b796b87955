package io.stackgen.lint.rules.ds;

import io.stackgen.lint.model.CommandWords;
import java.util.Optional;

/** The flags that switch a signer's double-signing protection off (RULES.md DS08). */
final class SlashingProtection {
    private SlashingProtection() {
    }

    /** web3signer {@code --slashing-protection-enabled=false}. */
    static Optional<CommandWords.Word> disabled(CommandWords words) {
        return words.value("--slashing-protection-enabled").filter(v -> v.text().equalsIgnoreCase("false"))
                .flatMap(v -> words.flagWord("--slashing-protection-enabled"));
    }

    /** Lighthouse {@code --init-slashing-protection}: recreates a missing database instead of refusing to start. */
    static Optional<CommandWords.Word> initialised(CommandWords words) {
        return words.flagWord("--init-slashing-protection")
                .filter(w -> !w.text().equalsIgnoreCase("--init-slashing-protection=false"));
    }

    /** horcrux {@code --mode single} (one signer, no threshold) or {@code --accept-risk}. */
    static Optional<CommandWords.Word> singleSigner(CommandWords words) {
        Optional<CommandWords.Word> mode = words.value("--mode").filter(v -> v.text().equals("single"));
        return mode.isPresent() ? words.flagWord("--mode") : words.flagWord("--accept-risk");
    }
}
