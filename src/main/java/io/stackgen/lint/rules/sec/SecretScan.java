package io.stackgen.lint.rules.sec;

import io.stackgen.lint.FindingSink;
import io.stackgen.lint.LintSet;
import io.stackgen.lint.Redaction;
import io.stackgen.lint.Severity;
import io.stackgen.manifest.ManifestObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Finds secrets in one stored value (a ConfigMap or Secret entry): key material anywhere in it, and, in the config
 * file it may hold, secret-named keys with real values and URLs with passwords. A value that is not a config file
 * is judged whole, under the entry's own name. Each ConfigMap and Secret of a set is scanned once, for all rules.
 */
final class SecretScan {
    private static final PerSet<Map<ManifestObject, List<Scanned>>> SCANS = new PerSet<>(SecretScan::scanAll);

    private SecretScan() {
    }

    enum Kind { KEY_MATERIAL, URL_PASSWORD, SECRET_NAME }

    /**
     * One secret.
     *
     * @param field    the key inside the file ({@code validator_secret}, {@code p2p.token}); empty when the whole value is it
     * @param secret   the secret itself, for redaction and comparison only; never printed
     * @param line     0-based line in the value, or -1 when it is the whole value (reported at the entry's key)
     * @param material what key material it is, for {@link Kind#KEY_MATERIAL}
     */
    record Hit(Kind kind, String field, String secret, int line, KeyMaterial.Found material) {
        /** The same secret, found at a field inside a config file. */
        Hit at(String inside) {
            return new Hit(kind, inside, secret, line, material);
        }

        boolean isPem() {
            return kind == Kind.KEY_MATERIAL && material.kind().equals(KeyMaterial.PEM);
        }

        /** E.g. {@code a libp2p secp256k1 private key (<redacted: 72 characters>) at p2p.key}. */
        String describe() {
            String what = switch (kind) {
                case KEY_MATERIAL -> article(material.kind()) + " " + material.kind();
                case URL_PASSWORD -> "a URL with a password";
                case SECRET_NAME -> "a literal value under a secret-like name";
            };
            return what + " (" + Redaction.describe(secret) + ")" + (field.isEmpty() ? "" : " at " + field);
        }
    }

    /**
     * One stored entry, read and judged.
     *
     * @param leaves the fields of the config file it holds, or one leaf with an empty path (line -1) for the whole value
     * @param hits   the secrets found in it
     */
    record Scanned(StoredEntries.Stored entry, List<ConfigEntries.Entry> leaves, List<Hit> hits) {
    }

    /** The entries of a ConfigMap or Secret of the set, scanned once per set for all rules. */
    static List<Scanned> of(LintSet set, ManifestObject object) {
        return SCANS.of(set).getOrDefault(object, List.of());
    }

    /**
     * Reports every hit in the set's ConfigMaps that {@code wanted} accepts as {@code ConfigMap key "k" holds …}, at
     * the hit's line, with the severity {@code severity} gives it.
     */
    static void reportConfigMapHits(LintSet set, FindingSink findings, Predicate<Hit> wanted,
                                    Function<Hit, Severity> severity) {
        for (ManifestObject configMap : set.ofKind("ConfigMap")) {
            for (Scanned scanned : of(set, configMap)) {
                StoredEntries.Stored entry = scanned.entry();
                for (Hit hit : scanned.hits()) {
                    if (wanted.test(hit)) {
                        entry.report(findings, configMap, hit.line(), severity.apply(hit),
                                "ConfigMap key \"" + entry.name() + "\" holds " + hit.describe());
                    }
                }
            }
        }
    }

    /** What a scan depends on: the same file in many releases of a fleet (a genesis, a config) is parsed once. */
    private record Content(String name, String text) {
    }

    private static Map<ManifestObject, List<Scanned>> scanAll(LintSet set) {
        Map<ManifestObject, List<Scanned>> scans = new IdentityHashMap<>();
        Map<Content, Scanned> byContent = new HashMap<>();
        for (ManifestObject object : set.objects()) {
            List<StoredEntries.Stored> stored = switch (object.kind()) {
                case "ConfigMap" -> StoredEntries.ofConfigMap(object);
                case "Secret" -> StoredEntries.ofSecret(object);
                default -> List.of();
            };
            if (!stored.isEmpty()) {
                List<Scanned> scanned = new ArrayList<>(stored.size());
                for (StoredEntries.Stored entry : stored) {
                    Scanned same = byContent.computeIfAbsent(new Content(entry.name(), entry.text()), c -> scan(entry));
                    scanned.add(same.entry() == entry ? same : new Scanned(entry, same.leaves(), same.hits()));
                }
                scans.put(object, List.copyOf(scanned));
            }
        }
        return scans;
    }

    static Scanned scan(StoredEntries.Stored stored) {
        String name = stored.name();
        String text = stored.text();
        Optional<List<ConfigEntries.Entry>> file = ConfigEntries.parse(name, text);
        List<Hit> hits = new ArrayList<>();
        KeyMaterial.pemPrivateKey(text).ifPresent(pem ->
                hits.add(new Hit(Kind.KEY_MATERIAL, "", text.strip(), file.isPresent() ? pem.line() : -1, pem)));
        if (file.isEmpty()) {
            judge(name, text, -1).filter(h -> !h.isPem()).ifPresent(hits::add);
            return new Scanned(stored, List.of(new ConfigEntries.Entry(List.of(), text, -1)), List.copyOf(hits));
        }
        for (ConfigEntries.Entry entry : file.get()) {
            Optional<KeyMaterial.Found> keystore = KeyMaterial.keystore(entry.path());
            Optional<Hit> hit = keystore.isPresent()
                    ? Optional.of(new Hit(Kind.KEY_MATERIAL, entry.dotted(), entry.value(), entry.line(), keystore.get()))
                    : judge(entry.name(), entry.value(), entry.line()).filter(h -> !h.isPem()).map(h -> h.at(entry.dotted()));
            hit.ifPresent(hits::add); // PEM blocks were found above, on the line of their BEGIN
        }
        return new Scanned(stored, file.get(), List.copyOf(hits));
    }

    /** One value under one name: key material first, then a URL password, then a secret name with a real value. */
    static Optional<Hit> judge(String name, String value, int line) {
        Optional<KeyMaterial.Found> material = KeyMaterial.inValue(name, value);
        if (material.isPresent()) {
            return Optional.of(new Hit(Kind.KEY_MATERIAL, "", value.strip(), line, material.get()));
        }
        Optional<String> password = value.indexOf('@') < 0 ? Optional.empty() : UrlCredentials.password(value)
                .or(() -> UrlCredentials.isEthstats(name) ? UrlCredentials.ethstatsSecret(value) : Optional.empty());
        if (password.isPresent()) {
            return Optional.of(new Hit(Kind.URL_PASSWORD, "", password.get(), line, null));
        }
        if (!name.isEmpty() && SecretNames.isSecretLike(name) && SecretValues.isReal(value)) {
            return Optional.of(new Hit(Kind.SECRET_NAME, "", value.strip(), line, null));
        }
        return Optional.empty();
    }

    private static String article(String noun) {
        return "aeiouAEIOU".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
    }
}
