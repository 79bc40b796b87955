package io.stackgen.lint.rules.ds;

import io.stackgen.lint.Family;
import io.stackgen.lint.FindingSink;
import io.stackgen.lint.LintRule;
import io.stackgen.lint.LintSet;
import io.stackgen.lint.Rule;
import io.stackgen.lint.Severity;
import io.stackgen.lint.model.Volumes;
import io.stackgen.lint.model.Workload;
import io.stackgen.manifest.ManifestObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** DS07. */
@LintRule(id = "DS07", title = "One key in two signers", severity = Severity.CRITICAL, family = Family.DS,
        rationale = "Two signers with one key are one validator signing twice, wherever they run: a blue/green"
                + " release, a staging copy of the production key, a second cluster bundle. The linter sees every"
                + " input of the run, so it compares the Secrets and ConfigMaps all signers read: the same object and"
                + " entry in one namespace, or the same key bytes anywhere (compared by SHA-256, never shown).",
        fix = "Give every signer its own key; delete copies of a production key from other releases and namespaces.",
        references = {
                "https://lighthouse-book.sigmaprime.io/validator_slashing_protection.html",
                "https://docs.cometbft.com/v1.0/references/config/priv_validator_key.json"})
public final class SharedSignerKeyRule implements Rule {
    private static final Set<String> NAMED_KINDS = Set.of("Secret", "ConfigMap", "SecretProviderClass");
    /** Shorter values are placeholders ({@code {}}, {@code stub}), not keys; equal placeholders prove nothing. */
    private static final int MIN_KEY_BYTES = 16;
    private static final int PARTNERS_SHOWN = 3;

    /** A signer reading a key from a named object. */
    private record Use(Workload workload, String namespace, KeySources.KeySource source) {
        String describeObject() {
            return source.kind() + " " + namespace + "/" + source.name()
                    + (source.key().isEmpty() ? "" : " (key \"" + source.key() + "\")");
        }
    }

    @Override
    public void check(LintSet set, FindingSink findings) {
        Map<String, List<Use>> byObject = new LinkedHashMap<>();
        Map<String, List<Use>> byBytes = new LinkedHashMap<>();
        for (Workload workload : set.workloads()) {
            if (!workload.isSigner()) {
                continue;
            }
            String namespace = set.namespaceOf(workload.object());
            for (KeySources.KeySource source : KeySources.signingKeys(workload)) {
                if (!NAMED_KINDS.contains(source.kind())) {
                    continue;
                }
                Use use = new Use(workload, namespace, source);
                byObject.computeIfAbsent(source.kind() + '/' + namespace + '/' + source.name(), k -> new ArrayList<>()).add(use);
                for (String digest : digests(workload, source)) {
                    byBytes.computeIfAbsent(digest, k -> new ArrayList<>()).add(use);
                }
            }
        }
        Map<Workload, Set<List<Object>>> reported = new IdentityHashMap<>();
        for (List<Use> group : byObject.values()) {
            for (Use use : group) {
                List<Use> partners = partners(use, group, true);
                if (!partners.isEmpty()) {
                    report(findings, reported, use, partners, group, " is also the key of ");
                }
            }
        }
        for (List<Use> group : byBytes.values()) {
            for (Use use : group) {
                List<Use> partners = partners(use, group, false);
                if (!partners.isEmpty()) {
                    report(findings, reported, use, partners, group,
                            " holds the same key bytes (compared by SHA-256; the value is not shown) as the key of ");
                }
            }
        }
    }

    /** Reports once per signer and field, even when both the object name and the bytes match. */
    private static void report(FindingSink findings, Map<Workload, Set<List<Object>>> reported, Use use,
                               List<Use> partners, List<Use> group, String relation) {
        if (!reported.computeIfAbsent(use.workload(), w -> new HashSet<>()).add(use.source().at())) {
            return;
        }
        long others = group.stream().map(Use::workload).distinct().count() - 1;
        StringBuilder names = new StringBuilder();
        for (Use partner : partners) {
            names.append(names.isEmpty() ? "" : ", ").append(SignerSignal.name(partner.workload())).append(" in ")
                    .append(partner.namespace()).append(" (").append(partner.describeObject()).append(')');
        }
        if (others > partners.size()) {
            names.append(" and ").append(others - partners.size()).append(" more");
        }
        findings.report(use.workload().object(), use.source().at(), use.describeObject() + ", read by "
                + SignerSignal.name(use.workload()) + "," + relation + names + ": two signers with one key sign twice "
                + SignerSignal.of(use.workload()));
    }

    /** Up to {@link #PARTNERS_SHOWN} other signers of the group reading the same key, skipping the parts of one validator. */
    private static List<Use> partners(Use use, List<Use> group, boolean sameEntry) {
        List<Use> partners = new ArrayList<>();
        List<Workload> seen = new ArrayList<>();
        for (Use other : group) {
            if (other.workload() == use.workload() || seen.contains(other.workload())
                    || sameEntry && !use.source().overlaps(other.source()) || oneLineraValidator(use, other)) {
                continue;
            }
            seen.add(other.workload());
            partners.add(other);
            if (partners.size() == PARTNERS_SHOWN) {
                break;
            }
        }
        return partners;
    }

    /**
     * A Linera validator's shards and its proxies read the same server.json by design; a second set of shards
     * (or proxies) with it is a second validator.
     */
    private static boolean oneLineraValidator(Use a, Use b) {
        return a.namespace().equals(b.namespace())
                && (Linera.isShard(a.workload()) && Linera.isProxy(b.workload())
                || Linera.isProxy(a.workload()) && Linera.isShard(b.workload()));
    }

    /** SHA-256 of each key entry the linted set shows for the source, trimmed; nothing else of the value is kept. */
    private static List<String> digests(Workload workload, KeySources.KeySource source) {
        Optional<ManifestObject> object = source.kind().equals("SecretProviderClass")
                ? Optional.empty() : workload.neighbour(source.kind(), source.name());
        if (object.isEmpty()) {
            return List.of();
        }
        List<String> digests = new ArrayList<>();
        Set<String> keys = source.key().isEmpty() ? Volumes.dataOf(object.get()).keySet() : Set.of(source.key());
        for (String key : keys) {
            Volumes.bytes(object.get(), key).map(bytes -> new String(bytes, StandardCharsets.UTF_8).strip())
                    .filter(value -> value.length() >= MIN_KEY_BYTES)
                    .ifPresent(value -> digests.add(sha256(value)));
        }
        return digests;
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
