package io.stackgen.lint.rules.sec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * BIP-39 mnemonics: 12, 15, 18, 21 or 24 words of the English list whose last bits are the SHA-256 checksum of
 * the entropy. Checking the checksum keeps ordinary word lists quiet (a random string of list words passes with
 * probability 1/16 for 12 words, 1/256 for 24).
 */
final class Bip39 {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Set<Integer> LENGTHS = Set.of(12, 15, 18, 21, 24);
    private static final Map<String, Integer> INDEX = load();

    private Bip39() {
    }

    /** Whether the text, and nothing else, is a mnemonic with a valid checksum (words separated by whitespace). */
    static boolean isMnemonic(String text) {
        String trimmed = text.strip();
        if (trimmed.length() < 12 * 3 + 11 || trimmed.length() > 24 * 8 + 23 * 3) {
            return false;
        }
        if (!LENGTHS.contains(countWords(trimmed))) {
            return false; // most text of that length (URLs, command lines) is ruled out without splitting it
        }
        List<String> words = List.of(WHITESPACE.split(trimmed));
        return LENGTHS.contains(words.size()) && words.stream().allMatch(INDEX::containsKey) && checksumValid(words);
    }

    /** Runs of characters other than {@link #WHITESPACE}'s: the words splitting the stripped text gives. */
    private static int countWords(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    /** The words' count in the English list; 0 for text that is not a mnemonic. */
    static int wordCount(String text) {
        return isMnemonic(text) ? WHITESPACE.split(text.strip()).length : 0;
    }

    /** The checksum test of BIP-39 for words that are all in the list. */
    static boolean checksumValid(List<String> words) {
        int totalBits = words.size() * 11;
        int checksumBits = totalBits / 33;
        int entropyBits = totalBits - checksumBits;
        byte[] entropy = new byte[entropyBits / 8];
        int checksum = 0;
        for (int bit = 0; bit < totalBits; bit++) {
            int index = INDEX.get(words.get(bit / 11));
            boolean set = ((index >> (10 - bit % 11)) & 1) == 1;
            if (bit < entropyBits) {
                if (set) {
                    entropy[bit / 8] |= (byte) (0x80 >> (bit % 8));
                }
            } else {
                checksum = (checksum << 1) | (set ? 1 : 0);
            }
        }
        int expected = (sha256(entropy)[0] & 0xff) >> (8 - checksumBits);
        return checksum == expected;
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static Map<String, Integer> load() {
        try (InputStream in = Bip39.class.getResourceAsStream("bip39-english.txt")) {
            if (in == null) {
                throw new IllegalStateException("bip39-english.txt missing from the classpath");
            }
            List<String> words = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip).toList();
            if (words.size() != 2048) {
                throw new IllegalStateException("bip39-english.txt has " + words.size() + " words, not 2048");
            }
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < words.size(); i++) {
                index.put(words.get(i), i);
            }
            return Map.copyOf(index);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
