package io.stackgen.lint;

import io.stackgen.lint.model.Workload;
import io.stackgen.manifest.ManifestObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which findings of one run are silenced, by ignore annotations and configured suppressions, and
 * afterwards reports the suppressions that are themselves wrong: no reason, expired, naming no rule, or
 * silencing nothing. A suppression for a rule that did not run (disabled) is not called unused.
 */
final class Suppressor {
    private final List<Suppression> configured;
    private final Set<String> enabledRules;
    private final Set<String> knownRules;
    private final LocalDate today;
    private final Set<Suppression> usedEntries = new HashSet<>();
    /** By position, so that the same file's annotation seen in several value sets counts once. */
    private final Map<String, Seen> annotations = new LinkedHashMap<>();
    private final Set<String> usedAnnotations = new HashSet<>();

    private record Seen(IgnoreAnnotation annotation, ObjectRef object) {
    }

    private record ObjectKey(String file, ObjectRef ref) {
    }

    Suppressor(List<Suppression> configured, Set<String> enabledRules, Set<String> knownRules, LocalDate today) {
        this.configured = configured;
        this.enabledRules = upper(enabledRules);
        this.knownRules = upper(knownRules);
        this.today = today;
    }

    /** Splits one set's findings into kept and suppressed. */
    void apply(LintSet set, List<Finding> findings, List<Finding> kept, List<LintResult.Suppressed> suppressed) {
        Map<ObjectKey, List<IgnoreAnnotation>> byObject = annotationsOf(set);
        for (Finding finding : findings) {
            Optional<LintResult.Suppressed> silenced = byAnnotation(finding, byObject)
                    .or(() -> byConfiguration(finding));
            if (silenced.isPresent()) {
                suppressed.add(silenced.get());
            } else {
                kept.add(finding);
            }
        }
    }

    private Optional<LintResult.Suppressed> byAnnotation(Finding finding, Map<ObjectKey, List<IgnoreAnnotation>> byObject) {
        List<IgnoreAnnotation> candidates = byObject.getOrDefault(new ObjectKey(finding.position().file(), finding.object()), List.of());
        for (IgnoreAnnotation annotation : candidates) {
            if (annotation.hasReason() && annotation.ruleId().equalsIgnoreCase(finding.ruleId())) {
                usedAnnotations.add(annotation.where());
                return Optional.of(new LintResult.Suppressed(finding, annotation.reason(),
                        "annotation " + annotation.key() + " (" + annotation.where() + ")"));
            }
        }
        return Optional.empty();
    }

    private Optional<LintResult.Suppressed> byConfiguration(Finding finding) {
        for (Suppression entry : configured) {
            if (entry.ruleId().equalsIgnoreCase(finding.ruleId()) && !entry.expiredOn(today)
                    && entry.selector().matches(finding.object())) {
                usedEntries.add(entry);
                return Optional.of(new LintResult.Suppressed(finding, entry.reason(), entry.where()));
            }
        }
        return Optional.empty();
    }

    private Map<ObjectKey, List<IgnoreAnnotation>> annotationsOf(LintSet set) {
        Map<ManifestObject, Workload> workloads = new IdentityHashMap<>();
        set.workloads().forEach(w -> workloads.put(w.object(), w));
        Map<ObjectKey, List<IgnoreAnnotation>> byObject = new HashMap<>();
        for (ManifestObject object : set.objects()) {
            List<IgnoreAnnotation> found = IgnoreAnnotation.of(object, workloads.get(object));
            if (found.isEmpty()) {
                continue;
            }
            ObjectRef ref = set.ref(object);
            byObject.computeIfAbsent(new ObjectKey(object.file(), ref), k -> new ArrayList<>()).addAll(found);
            found.forEach(a -> annotations.putIfAbsent(a.where(), new Seen(a, ref)));
        }
        return byObject;
    }

    /** Problems with the suppressions themselves, configuration entries first, in the order written. */
    List<LintResult.Notice> notices() {
        List<LintResult.Notice> notices = new ArrayList<>();
        for (Suppression entry : configured) {
            String what = "suppression of " + entry.ruleId() + " for " + entry.selector();
            if (!knownRules.contains(upper(entry.ruleId()))) {
                notices.add(new LintResult.Notice(entry.where(), what + " names no rule stackgen knows"));
            } else if (entry.expiredOn(today)) {
                notices.add(new LintResult.Notice(entry.where(), what + " expired on " + entry.expires().orElseThrow()
                        + " and no longer applies"));
            } else if (enabledRules.contains(upper(entry.ruleId())) && !usedEntries.contains(entry)) {
                notices.add(new LintResult.Notice(entry.where(), what + " matched no finding; remove it"));
            }
        }
        for (Seen seen : annotations.values()) {
            IgnoreAnnotation annotation = seen.annotation();
            String what = "annotation " + annotation.key() + " on " + seen.object();
            if (!knownRules.contains(upper(annotation.ruleId()))) {
                notices.add(new LintResult.Notice(annotation.where(), what + " names no rule stackgen knows"));
            } else if (!annotation.hasReason()) {
                notices.add(new LintResult.Notice(annotation.where(), what
                        + " has no reason, so it suppresses nothing; write why the finding is accepted"));
            } else if (enabledRules.contains(upper(annotation.ruleId())) && !usedAnnotations.contains(annotation.where())) {
                notices.add(new LintResult.Notice(annotation.where(), what + " matched no finding; remove it"));
            }
        }
        return notices;
    }

    private static Set<String> upper(Set<String> ids) {
        Set<String> out = new HashSet<>();
        ids.forEach(id -> out.add(upper(id)));
        return out;
    }

    private static String upper(String id) {
        return id.toUpperCase(Locale.ROOT);
    }
}
