package io.stackgen.lint;

import io.stackgen.manifest.SourcePosition;
import java.util.Objects;

/**
 * One problem found by one rule.
 *
 * @param ruleId   e.g. {@code DS01}
 * @param severity this finding's severity (a rule may lower or raise its default)
 * @param object   the object it is about
 * @param path     the field, e.g. {@code spec.template.spec.containers[0].env[2].value}; empty for the whole object
 * @param position where that field is written in the input
 * @param template the template the object was rendered from, when known, else null
 * @param message  what is wrong, in one sentence; never contains a secret value
 * @param fix      what to do about it
 */
public record Finding(String ruleId, Severity severity, ObjectRef object, String path, SourcePosition position,
                      String template, String message, String fix) {
    /**
     * From the fields that place a finding; equal findings have equal places, and leaving out the message (new text
     * for each finding) and the fix keeps the de-duplication of thousands of findings cheap.
     */
    @Override
    public int hashCode() {
        return Objects.hash(ruleId, object, path, position);
    }
}
