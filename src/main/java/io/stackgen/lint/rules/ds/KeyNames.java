package io.stackgen.lint.rules.ds;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a Secret, file or env name is a signing key's: {@code maru-key}, {@code validator_key.json},
 * {@code PRIVATE_KEY} are; {@code jwt-secret}, {@code tls.key}, {@code genesis.json}, {@code public-key} are not.
 */
final class KeyNames {
    private static final Set<String> KEY_WORDS = Set.of("key", "keys", "privkey", "privatekey", "priv", "private",
            "keystore", "keystores", "mnemonic", "seed", "shard", "shards", "cosigner", "signer", "signing", "nodekey",
            "wallet");
    private static final Set<String> NOT_KEY_WORDS = Set.of("jwt", "tls", "cert", "certs", "crt", "ca", "pub",
            "public", "pubkey", "address", "genesis", "password", "passwords", "passwd", "pass", "token", "htpasswd",
            "kubeconfig", "path", "file", "url", "id", "name");

    private KeyNames() {
    }

    static boolean isKeyLike(String name) {
        boolean key = false;
        int start = -1;
        for (int i = 0; i <= name.length(); i++) {
            boolean letter = i < name.length() && Character.isLetterOrDigit(name.charAt(i));
            boolean camelHump = letter && start >= 0 && Character.isUpperCase(name.charAt(i))
                    && Character.isLowerCase(name.charAt(i - 1));
            if (start >= 0 && (!letter || camelHump)) {
                String word = name.substring(start, i).toLowerCase(Locale.ROOT);
                if (NOT_KEY_WORDS.contains(word)) {
                    return false;
                }
                key |= KEY_WORDS.contains(word);
                start = -1;
            }
            if (letter && start < 0) {
                start = i;
            }
        }
        return key;
    }
}
