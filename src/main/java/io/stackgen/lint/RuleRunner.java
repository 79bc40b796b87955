package io.stackgen.lint;

import io.stackgen.manifest.ManifestObject;
import io.stackgen.manifest.SourcePosition;
import java.util.ArrayList;
import java.util.List;

/** Runs one rule over a set and turns what it reports into located findings. */
public final class RuleRunner {
    private RuleRunner() {
    }

    public static List<Finding> run(Rule rule, LintSet set) {
        RuleMetadata metadata = rule.metadata();
        List<Finding> findings = new ArrayList<>();
        rule.check(set, new FindingSink() {
            @Override
            public void report(ManifestObject object, List<?> path, String message) {
                report(object, path, metadata.severity(), message);
            }

            @Override
            public void report(ManifestObject object, List<?> path, Severity severity, String message) {
                add(object, path, object.positionOf(path), severity, message);
            }

            @Override
            public void reportWithin(ManifestObject object, List<?> path, int valueLine, Severity severity, String message) {
                add(object, path, object.positionWithin(path, valueLine), severity, message);
            }

            @Override
            public void reportAt(ManifestObject object, List<?> path, SourcePosition position, Severity severity, String message) {
                add(object, path, position, severity, message);
            }

            private void add(ManifestObject object, List<?> path, SourcePosition position, Severity severity, String message) {
                findings.add(new Finding(metadata.id(), severity, set.ref(object), FieldPath.render(path), position,
                        object.template(), message, metadata.fix()));
            }
        });
        return findings;
    }
}
