package io.stackgen.lint.rules.sec;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keys and phrases that every developer has: published in tool documentation, funded on every test chain and
 * swept by bots within seconds on a real one. Matching is exact (after case and {@code 0x} normalisation).
 */
final class WellKnownDevKeys {
    /**
     * The ten Anvil/Hardhat default accounts: the keys at m/44'/60'/0'/0/0…9 of the "test … junk" mnemonic
     * (derived and checked against it when this list was written).
     */
    private static final List<String> ANVIL_KEYS = List.of(
            "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
            "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
            "5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a",
            "7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6",
            "47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a",
            "8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba",
            "92db14e403b83dfe3df233f83dfa3a0d7096f21ca9b0d6d6b8d88b2b4ec1564e",
            "4bbbf85ce3377467afe5d46f804f221813b2bb87f24d81f60f1fcdbf7cbf4356",
            "dbda1821b80551c9d65939329250298aa3472ba22feea921c0cf5d620ea67b97",
            "2a871d0798f97d79848a013d4936a73bf4cc922c825d33c1cf7073dff6d409c6");
    private static final String HARDHAT_MNEMONIC = "test test test test test test test test test test test junk";
    private static final String BIP39_TEST_MNEMONIC =
            "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";
    private static final String SUBSTRATE_DEV_PHRASE = "bottom drive obey lake curtain smoke basket hold race lonely fit walk";
    /** Substrate's well-known development accounts, as {@code --alice} flags and {@code //Alice} seeds. */
    private static final Set<String> SUBSTRATE_ACCOUNTS = Set.of("alice", "bob", "charlie", "dave", "eve", "ferdie");
    private static final Pattern SUBSTRATE_SEED = Pattern.compile("//(Alice|Bob|Charlie|Dave|Eve|Ferdie)(//|$)");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final int MAX_PHRASE_LENGTH = 400;
    private static final Set<String> PHRASE_STARTS = Set.of("test", "abandon", "bottom");
    /** Whitespace only shrinks when a phrase is compared, so text shorter than every phrase is none of them. */
    private static final int SHORTEST_PHRASE = Math.min(HARDHAT_MNEMONIC.length(),
            Math.min(BIP39_TEST_MNEMONIC.length(), SUBSTRATE_DEV_PHRASE.length()));
    private static final Pattern HEX64 = Pattern.compile("(0x)?[0-9a-fA-F]{64}");

    private WellKnownDevKeys() {
    }

    /** What well-known key the value is, if it is one; {@code name} is needed for repeated-byte keys only. */
    static Optional<String> in(String name, String value) {
        String v = value.strip();
        if ((v.length() == 64 || v.length() == 66) && HEX64.matcher(v).matches()) {
            String hex = (v.startsWith("0x") ? v.substring(2) : v).toLowerCase(Locale.ROOT);
            int account = ANVIL_KEYS.indexOf(hex);
            if (account >= 0) {
                return Optional.of("the Anvil/Hardhat account " + account + " private key");
            }
            if (isRepeatedByte(hex) && SecretNames.isKeyLike(name)) {
                return Optional.of("a repeated-byte test key");
            }
            return Optional.empty();
        }
        if (v.contains("//") && SUBSTRATE_SEED.matcher(v).find()) {
            return Optional.of("a Substrate development seed (//Alice …)");
        }
        if (v.length() < SHORTEST_PHRASE || v.length() > MAX_PHRASE_LENGTH || !startsLikeAPhrase(v)) {
            return Optional.empty();
        }
        String words = WHITESPACE.matcher(v.toLowerCase(Locale.ROOT)).replaceAll(" ");
        if (words.equals(HARDHAT_MNEMONIC)) {
            return Optional.of("the Hardhat/Anvil test mnemonic");
        }
        if (words.equals(BIP39_TEST_MNEMONIC)) {
            return Optional.of("the BIP-39 test-vector mnemonic");
        }
        if (words.startsWith(SUBSTRATE_DEV_PHRASE)) {
            return Optional.of("the Substrate development phrase");
        }
        return Optional.empty();
    }

    /** {@code --alice}, {@code --bob} …: a Substrate node signing with a development account's key. */
    static boolean isDevAccountFlag(String flagName) {
        return SUBSTRATE_ACCOUNTS.contains(flagName);
    }

    /** Whether the text starts with one of {@link #PHRASE_STARTS} as a whole word, in any case. */
    private static boolean startsLikeAPhrase(String text) {
        for (String start : PHRASE_STARTS) {
            if (text.regionMatches(true, 0, start, 0, start.length())
                    && (text.length() == start.length() || !Character.isLetter(text.charAt(start.length())))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRepeatedByte(String hex) {
        String first = hex.substring(0, 2);
        if (first.equals("00")) {
            return false; // a zero hash (parentHash), not a key
        }
        for (int i = 2; i < hex.length(); i += 2) {
            if (!hex.startsWith(first, i)) {
                return false;
            }
        }
        return true;
    }
}
