package io.stackgen.lint;

import io.stackgen.manifest.ManifestObject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Runs the enabled rules over one or more sets and turns what they report into a {@link LintResult}: findings
 * in input order (file, line, column, rule), with suppressions applied and problems with the suppressions
 * themselves as notices.
 *
 * <p>Several sets are linted independently (one per values set of a chart: environments must not see each
 * other's objects), then merged; a finding that several sets share (a plain file linted with each) is kept once.
 * Rules run in parallel: they are stateless and each one's findings are collected separately.
 */
public final class LintEngine {
    private final List<Rule> rules;
    private final Set<String> knownRules = new HashSet<>();
    private final List<Suppression> suppressions;
    private final Clock clock;

    /**
     * @param clock today's date decides which configured suppressions have expired
     */
    public LintEngine(RuleSelection selection, List<Suppression> suppressions, Clock clock) {
        this.rules = selection.enabled();
        selection.catalogue().forEach(r -> knownRules.add(r.metadata().id()));
        rules.forEach(r -> knownRules.add(r.metadata().id()));
        this.suppressions = List.copyOf(suppressions);
        this.clock = clock;
    }

    /** Runs {@code rules}, all of them. */
    public LintEngine(List<Rule> rules, List<Suppression> suppressions, Clock clock) {
        this(RuleSelection.all(rules), suppressions, clock);
    }

    public LintResult lint(LintSet set) {
        return lint(List.of(set));
    }

    public LintResult lint(List<LintSet> sets) {
        List<RuleMetadata> metadata = rules.stream().map(Rule::metadata).toList();
        Set<String> enabled = metadata.stream().map(RuleMetadata::id).collect(Collectors.toSet());
        Suppressor suppressor = new Suppressor(suppressions, enabled, knownRules, LocalDate.now(clock));

        Set<Finding> kept = new LinkedHashSet<>();
        Set<LintResult.Suppressed> suppressed = new LinkedHashSet<>();
        Map<ManifestObject, Boolean> objects = new IdentityHashMap<>();
        for (LintSet set : sets) {
            List<Finding> setKept = new ArrayList<>();
            List<LintResult.Suppressed> setSuppressed = new ArrayList<>();
            suppressor.apply(set, run(set), setKept, setSuppressed);
            kept.addAll(setKept);
            suppressed.addAll(setSuppressed);
            set.objects().forEach(o -> objects.put(o, Boolean.TRUE));
        }

        Map<String, Long> fileRanks = fileRanks(sets);
        List<Finding> findings = sorted(kept, f -> f, fileRanks);
        List<LintResult.Suppressed> silenced = sorted(suppressed, LintResult.Suppressed::finding, fileRanks);
        List<LintResult.Notice> notices = List.copyOf(new LinkedHashSet<>(suppressor.notices()));
        return new LintResult(metadata, Collections.unmodifiableList(findings), Collections.unmodifiableList(silenced),
                notices, objects.size());
    }

    private List<Finding> run(LintSet set) {
        return rules.parallelStream().flatMap(rule -> runOne(rule, set).stream()).toList();
    }

    private static List<Finding> runOne(Rule rule, LintSet set) {
        try {
            return RuleRunner.run(rule, set);
        } catch (RuntimeException e) {
            throw new IllegalStateException("rule " + rule.metadata().id() + " (" + rule.getClass().getSimpleName()
                    + ") failed: " + e, e);
        }
    }

    /**
     * Files in input order: a file's rank is its place among the files of its set, then the set's number, so
     * that the renders of one chart for several values sets stay together.
     */
    private static Map<String, Long> fileRanks(List<LintSet> sets) {
        Map<String, long[]> rank = new HashMap<>();
        for (int s = 0; s < sets.size(); s++) {
            int index = 0;
            Set<String> seen = new HashSet<>();
            for (ManifestObject object : sets.get(s).objects()) {
                if (seen.add(object.file())) {
                    long[] candidate = {index++, s};
                    rank.merge(object.file(), candidate, (a, b) -> compare(a, b) <= 0 ? a : b);
                }
            }
        }
        Map<String, Long> ranks = new HashMap<>();
        rank.forEach((file, r) -> ranks.put(file, r[0] * sets.size() + r[1]));
        return ranks;
    }

    /** An item to sort with its file's rank, looked up once rather than at every comparison. */
    private record Ranked<T>(long fileRank, Finding finding, T item) {
    }

    private static final Comparator<Finding> WITHIN_FILE_RANK = Comparator.<Finding, String>comparing(f -> f.position().file())
            .thenComparingInt(f -> f.position().line())
            .thenComparingInt(f -> f.position().column())
            .thenComparing(Finding::ruleId)
            .thenComparing(f -> f.object().toString())
            .thenComparing(Finding::path)
            .thenComparing(Finding::message);

    /** In input order (file rank, then file, line, column, rule, object, path, message); unknown files last. */
    private static <T> List<T> sorted(Collection<T> items, Function<T, Finding> finding, Map<String, Long> fileRanks) {
        List<Ranked<T>> ranked = new ArrayList<>(items.size());
        for (T item : items) {
            Finding f = finding.apply(item);
            ranked.add(new Ranked<>(fileRanks.getOrDefault(f.position().file(), Long.MAX_VALUE), f, item));
        }
        ranked.sort(Comparator.<Ranked<T>>comparingLong(Ranked::fileRank).thenComparing(Ranked::finding, WITHIN_FILE_RANK));
        List<T> out = new ArrayList<>(ranked.size());
        ranked.forEach(r -> out.add(r.item()));
        return out;
    }

    private static int compare(long[] a, long[] b) {
        return a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]);
    }
}
