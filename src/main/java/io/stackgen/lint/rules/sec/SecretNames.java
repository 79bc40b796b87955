package io.stackgen.lint.rules.sec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Decides from a name alone (env variable, flag, config key, file name) whether it holds a secret. Names are cut
 * into words (snake, kebab, dotted and camel case), so {@code bypass} is not {@code pass}, and a name counts only
 * when a secret word is its last meaningful word: {@code WS_SECRET} and {@code secret_access_key} are secrets,
 * {@code PRIVATE_KEY_PATH}, {@code secretName} and {@code jwt-secret-path} are not.
 */
final class SecretNames {
    private static final Set<String> SECRET_WORDS = Set.of(
            "secret", "secrets", "password", "passwords", "passwd", "passphrase", "pass", "pwd", "pw", "pswd",
            "token", "mnemonic", "credential", "credentials", "jwt", "apikey", "apisecret", "privkey", "privatekey",
            "secretkey", "signingkey", "nodekey", "passkey", "authkey");
    /** Two-word secret terms, by their second word: {@code private key}, {@code seed phrase}. */
    private static final Map<String, Set<String>> SECRET_PAIRS = Map.of(
            "key", Set.of("private", "priv", "secret", "signing", "signer", "node", "validator", "api", "app", "auth"),
            "phrase", Set.of("seed", "recovery"));
    /** Words that may follow a secret word without changing what the name holds ({@code PRIVATE_KEY_HEX}). */
    private static final Set<String> TRAILING = Set.of(
            "key", "value", "data", "hex", "b64", "base64", "raw", "str", "string", "text", "txt", "json", "pem",
            "bin", "bytes", "content", "phrase", "words", "access");
    /** Last words that make a name key-like (a 64-hex value under it is a key candidate) without being secret words. */
    private static final Set<String> KEY_WORDS = Set.of(
            "key", "keys", "seed", "priv", "private", "signer", "signing", "validator", "sk");
    private static final Set<String> PUBLIC_WORDS = Set.of(
            "public", "pub", "pubkey", "publickey", "verifying", "verification", "cert", "certificate");

    /**
     * Verdicts on names already judged: the same env variables, flags and config keys come back in every release
     * of a set. Bounded, so that a hostile input of endless distinct names cannot grow it without end.
     */
    private static final int MAX_REMEMBERED = 10_000;
    private static final Map<String, Boolean> SECRET_LIKE = new ConcurrentHashMap<>();
    private static final Map<String, Boolean> KEY_LIKE = new ConcurrentHashMap<>();

    private SecretNames() {
    }

    /** A name that says its value is a secret: {@code PRIVATE_KEY}, {@code db_password}, {@code WS_SECRET}. */
    static boolean isSecretLike(String name) {
        return remembered(SECRET_LIKE, name, SecretNames::judgeSecretLike);
    }

    private static boolean judgeSecretLike(String name) {
        List<String> words = words(name);
        for (int i = words.size() - 1; i >= 0; i--) {
            if (endsSecretTerm(words, i)) {
                return true;
            }
            if (!TRAILING.contains(words.get(i))) {
                return false;
            }
        }
        return false;
    }

    /**
     * A name under which a 64-hex value is a key rather than a hash: a secret-like name, or one whose last
     * meaningful word is {@code key}, {@code seed}, {@code signer}, {@code validator}… and that says nothing of
     * being public ({@code nodekey}, {@code key}, {@code validator_key.hex}, {@code --signer-key}).
     */
    static boolean isKeyLike(String name) {
        return remembered(KEY_LIKE, name, SecretNames::judgeKeyLike);
    }

    private static boolean judgeKeyLike(String name) {
        if (isSecretLike(name)) {
            return true;
        }
        List<String> words = words(name);
        if (words.stream().anyMatch(PUBLIC_WORDS::contains)) {
            return false;
        }
        for (int i = words.size() - 1; i >= 0; i--) {
            String word = words.get(i);
            if (KEY_WORDS.contains(word)) {
                return true;
            }
            if (!TRAILING.contains(word)) {
                return false;
            }
        }
        return false;
    }

    /** Lower-case words of a name: {@code p2pKeySecretName} → p2p, key, secret, name; {@code WS_SECRET} → ws, secret. */
    static List<String> words(String name) {
        List<String> words = new ArrayList<>(4);
        StringBuilder word = new StringBuilder(16);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                flush(word, words);
                continue;
            }
            if (Character.isUpperCase(c) && !word.isEmpty()) {
                char previous = name.charAt(i - 1);
                boolean nextIsLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
                if (Character.isLowerCase(previous) || Character.isDigit(previous)
                        || (Character.isUpperCase(previous) && nextIsLower)) {
                    flush(word, words);
                }
            }
            word.append(Character.toLowerCase(c));
        }
        flush(word, words);
        return words;
    }

    private static boolean remembered(Map<String, Boolean> verdicts, String name, Predicate<String> judge) {
        Boolean known = verdicts.get(name);
        if (known != null) {
            return known;
        }
        boolean verdict = judge.test(name);
        if (verdicts.size() < MAX_REMEMBERED) {
            verdicts.put(name, verdict);
        }
        return verdict;
    }

    private static boolean endsSecretTerm(List<String> words, int i) {
        return SECRET_WORDS.contains(words.get(i))
                || (i > 0 && SECRET_PAIRS.getOrDefault(words.get(i), Set.of()).contains(words.get(i - 1)));
    }

    private static void flush(StringBuilder word, List<String> into) {
        if (!word.isEmpty()) {
            into.add(word.toString());
            word.setLength(0);
        }
    }
}
