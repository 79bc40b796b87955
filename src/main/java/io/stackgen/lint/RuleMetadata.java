package io.stackgen.lint;

import java.util.List;

/** A rule's documentation as data, read from its {@link LintRule} annotation. */
public record RuleMetadata(String id, String title, Severity severity, Family family, String rationale, String fix,
                           List<String> references) {

    public static RuleMetadata of(Class<? extends Rule> ruleClass) {
        LintRule info = ruleClass.getAnnotation(LintRule.class);
        if (info == null) {
            throw new IllegalStateException(ruleClass.getName() + " lacks @LintRule");
        }
        return new RuleMetadata(info.id(), info.title(), info.severity(), info.family(), info.rationale(), info.fix(),
                List.of(info.references()));
    }
}
