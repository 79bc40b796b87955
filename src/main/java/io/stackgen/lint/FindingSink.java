package io.stackgen.lint;

import io.stackgen.manifest.ManifestObject;
import java.util.List;

/** Where a rule reports; bound to the rule, so a finding carries the rule's id, severity and fix. */
public interface FindingSink {
    /** Reports at the rule's default severity. {@code path} is from the object root (map keys and list indexes). */
    void report(ManifestObject object, List<?> path, String message);

    void report(ManifestObject object, List<?> path, Severity severity, String message);
}
