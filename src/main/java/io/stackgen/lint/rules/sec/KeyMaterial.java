package io.stackgen.lint.rules.sec;

import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises private key material by its shape: PEM private keys, Linera {@code validator_secret}, CometBFT
 * {@code priv_key}, libp2p private keys, BIP-39 mnemonics, encrypted keystores, and 64-hex or 32/64-byte base64
 * values under key-like names. Public material of similar shape is not key material: 40-hex addresses, 66-hex
 * compressed and 128-hex uncompressed public keys, enode URLs, certificates, and hashes under names such as
 * {@code parentHash} (a bare 64-hex value is a key only under a key-like name, and only with the entropy of one).
 */
final class KeyMaterial {
    /** detect-secrets' hex limit: no random 32-byte key measured below it, {@code 0x00…} and {@code 12345…} are. */
    static final double HEX_KEY_MIN_ENTROPY = 3.0;
    /** For 44/88-character base64: random 32-byte values measure 4.37 at least. */
    static final double BASE64_KEY_MIN_ENTROPY = 4.0;

    static final String PEM = "PEM private key";
    private static final Pattern PEM_BEGIN = Pattern.compile("-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----");
    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");
    private static final Pattern BASE64_KEY = Pattern.compile("[A-Za-z0-9+/]{43}=|[A-Za-z0-9+/]{86}==");
    private static final Pattern LIBP2P_BASE64 = Pattern.compile("(CAISI|CAESQ)[A-Za-z0-9+/]+={0,2}");
    private static final int PEM_MIN_BODY = 64;
    /** 32-byte keys, and libp2p's secp256k1 (36 bytes) and Ed25519 (68 bytes) protobufs. */
    private static final Set<Integer> KEY_HEX_LENGTHS = Set.of(64, 72, 136);
    private static final Set<Integer> LIBP2P_BASE64_LENGTHS = Set.of(48, 92);
    /**
     * The shortest text any shape below can take: a 32-byte key in base64 (a 12-word mnemonic, 64 hex digits and
     * a PEM block are longer). Most values (ports, paths, flags) are shorter and need no look.
     */
    private static final int SHORTEST_KEY = 44;

    private KeyMaterial() {
    }

    /**
     * What was found.
     *
     * @param kind      e.g. {@code libp2p secp256k1 private key}, said in findings
     * @param signing   a blockchain signing or node key (a PEM key may just as well be a TLS key)
     * @param encrypted a keystore: useless without its password, still not for a ConfigMap
     * @param line      0-based line of the examined text where it starts
     */
    record Found(String kind, boolean signing, boolean encrypted, int line) {
    }

    /** A PEM private key block anywhere in the text (certificates and public keys are not). */
    static Optional<Found> pemPrivateKey(String text) {
        if (!text.contains("PRIVATE KEY")) {
            return Optional.empty();
        }
        Matcher begin = PEM_BEGIN.matcher(text);
        while (begin.find()) {
            int end = text.indexOf("-----END", begin.end());
            String body = text.substring(begin.end(), end < 0 ? text.length() : end);
            if (base64Characters(body) >= PEM_MIN_BODY) {
                return Optional.of(new Found(PEM, false, false, lineOf(text, begin.start())));
            }
        }
        return Optional.empty();
    }

    /** Key material in one value, judged with the name it is written under (env variable, flag, config key). */
    static Optional<Found> inValue(String name, String value) {
        if (value.length() < SHORTEST_KEY) {
            return Optional.empty();
        }
        String v = value.strip();
        Optional<Found> pem = pemPrivateKey(v);
        if (pem.isPresent()) {
            return pem;
        }
        String hex = v.startsWith("0x") || v.startsWith("0X") ? v.substring(2) : v;
        if (KEY_HEX_LENGTHS.contains(hex.length()) && HEX.matcher(hex).matches()) {
            return hexKey(name, hex);
        }
        if (LIBP2P_BASE64_LENGTHS.contains(v.length()) && LIBP2P_BASE64.matcher(v).matches()) {
            Optional<Found> libp2p = decodeBase64(v).flatMap(bytes -> libp2pKey(toHex(bytes)));
            if (libp2p.isPresent()) {
                return libp2p;
            }
        }
        if ((v.length() == 44 || v.length() == 88) && BASE64_KEY.matcher(v).matches() && SecretNames.isKeyLike(name)
                && Entropy.bitsPerChar(v) >= BASE64_KEY_MIN_ENTROPY) {
            boolean comet = SecretNames.words(name).contains("priv");
            return Optional.of(found(comet ? "CometBFT priv_key" : "base64 private key"));
        }
        int words = Bip39.wordCount(v);
        if (words > 0) {
            return Optional.of(found("BIP-39 mnemonic of " + words + " words"));
        }
        return Optional.empty();
    }

    /**
     * An encrypted keystore, judged by the path of a field inside a JSON file: Web3 Secret Storage
     * ({@code crypto.ciphertext}) or EIP-2335 ({@code crypto.cipher.message}).
     */
    static Optional<Found> keystore(List<String> path) {
        int n = path.size();
        boolean v3 = n >= 2 && path.get(n - 1).equalsIgnoreCase("ciphertext")
                && path.subList(0, n - 1).stream().anyMatch("crypto"::equalsIgnoreCase);
        boolean eip2335 = n >= 3 && path.get(n - 1).equals("message") && path.get(n - 2).equals("cipher")
                && path.get(n - 3).equalsIgnoreCase("crypto");
        return v3 || eip2335 ? Optional.of(new Found("encrypted keystore", true, true, 0)) : Optional.empty();
    }

    private static Optional<Found> hexKey(String name, String hex) {
        Optional<Found> libp2p = libp2pKey(hex);
        if (libp2p.isPresent() || hex.length() != 64) {
            return libp2p;
        }
        if (name.equalsIgnoreCase("validator_secret")) {
            return Optional.of(found("Linera validator_secret"));
        }
        if (SecretNames.isKeyLike(name) && Entropy.bitsPerChar(hex.toLowerCase(Locale.ROOT)) >= HEX_KEY_MIN_ENTROPY) {
            return Optional.of(found("64-hex private key"));
        }
        return Optional.empty();
    }

    /** libp2p's protobuf PrivateKey{Type, Data}: secp256k1 {@code 08 02 12 20}+32 bytes, Ed25519 {@code 08 01 12 40}+64. */
    private static Optional<Found> libp2pKey(String hex) {
        String lower = hex.toLowerCase(Locale.ROOT);
        if (lower.length() == 72 && lower.startsWith("08021220")) {
            return Optional.of(found("libp2p secp256k1 private key"));
        }
        if (lower.length() == 136 && lower.startsWith("08011240")) {
            return Optional.of(found("libp2p Ed25519 private key"));
        }
        return Optional.empty();
    }

    private static Found found(String kind) {
        return new Found(kind, true, false, 0);
    }

    private static Optional<byte[]> decodeBase64(String text) {
        try {
            return Optional.of(Base64.getDecoder().decode(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static String toHex(byte[] bytes) {
        StringBuilder hex = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
        }
        return hex.toString();
    }

    private static int base64Characters(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '+' || c == '/') {
                count++;
            }
        }
        return count;
    }

    static int lineOf(String text, int offset) {
        int line = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
