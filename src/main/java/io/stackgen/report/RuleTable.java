package io.stackgen.report;

import io.stackgen.lint.Finding;
import io.stackgen.lint.LintResult;
import io.stackgen.lint.RuleMetadata;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The rules a report describes: those that ran, in run order, plus any rule id a finding names that is not among
 * them (so that every finding has a rule entry to point at).
 */
final class RuleTable {
    private final Map<String, Integer> indexById = new LinkedHashMap<>();
    private final List<String> ids = new ArrayList<>();
    private final Map<String, RuleMetadata> metadataById = new LinkedHashMap<>();

    RuleTable(LintResult result) {
        for (RuleMetadata rule : result.rules()) {
            metadataById.putIfAbsent(rule.id(), rule);
            add(rule.id());
        }
        Stream.concat(result.findings().stream(), result.suppressed().stream().map(LintResult.Suppressed::finding))
                .map(Finding::ruleId)
                .forEach(this::add);
    }

    private void add(String id) {
        if (!indexById.containsKey(id)) {
            indexById.put(id, ids.size());
            ids.add(id);
        }
    }

    /** Rule ids, each once, in table order. */
    List<String> ids() {
        return ids;
    }

    int indexOf(String id) {
        return indexById.get(id);
    }

    /** The rule's documentation; empty for an id that no rule of the run declared. */
    Optional<RuleMetadata> metadata(String id) {
        return Optional.ofNullable(metadataById.get(id));
    }

    /** {@code DS01 Signer with several replicas sharing one key}, or the bare id. */
    String heading(String id) {
        return metadata(id).map(rule -> id + " " + rule.title()).orElse(id);
    }
}
