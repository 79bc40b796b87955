package io.stackgen.lint.rules.sec;

import java.util.HashMap;
import java.util.Map;

/** Shannon entropy of a string's characters, the measure detect-secrets and gitleaks use to tell keys from words. */
final class Entropy {
    private Entropy() {
    }

    /** Bits per character: a random 64-hex key scores about 3.8, {@code 12345} about 2.3, {@code 0000…} zero. */
    static double bitsPerChar(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        Map<Character, Integer> counts = new HashMap<>();
        for (int i = 0; i < text.length(); i++) {
            counts.merge(text.charAt(i), 1, Integer::sum);
        }
        double bits = 0;
        for (int count : counts.values()) {
            double p = (double) count / text.length();
            bits -= p * Math.log(p) / Math.log(2);
        }
        return bits;
    }
}
