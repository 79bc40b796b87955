package io.stackgen.lint;

import io.stackgen.manifest.ManifestObject;
import io.stackgen.manifest.SourcePosition;
import java.util.List;

/** Where a rule reports; bound to the rule, so a finding carries the rule's id, severity and fix. */
public interface FindingSink {
    /** Reports at the rule's default severity. {@code path} is from the object root (map keys and list indexes). */
    void report(ManifestObject object, List<?> path, String message);

    void report(ManifestObject object, List<?> path, Severity severity, String message);

    /**
     * Reports something found on line {@code valueLine} (0-based) of the multi-line text at {@code path}: a key
     * inside a config file held in a ConfigMap, a flag inside an {@code sh -c} script. A sink that cannot place
     * the line reports the field itself.
     */
    default void reportWithin(ManifestObject object, List<?> path, int valueLine, Severity severity, String message) {
        report(object, path, severity, message);
    }

    /**
     * Reports at an explicit place, for what the object's data no longer shows: of a key written twice, the data
     * keeps only the last copy, but the finding belongs at the second. A sink that cannot place it reports the field.
     */
    default void reportAt(ManifestObject object, List<?> path, SourcePosition position, Severity severity, String message) {
        report(object, path, severity, message);
    }
}
