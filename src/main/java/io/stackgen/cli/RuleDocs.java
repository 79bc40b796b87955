package io.stackgen.cli;

import io.stackgen.lint.RuleMetadata;
import java.util.ArrayList;
import java.util.List;

/** Rule documentation as text, all of it generated from the rules' metadata. */
final class RuleDocs {
    private static final int WIDTH = 100;

    private RuleDocs() {
    }

    /** One aligned line per rule: id, severity, family, title. */
    static String list(List<RuleMetadata> rules) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"ID", "SEVERITY", "FAMILY", "TITLE"});
        rules.forEach(r -> rows.add(new String[] {r.id(), r.severity().label(), r.family().name(), r.title()}));
        int[] widths = new int[3];
        for (String[] row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            for (int i = 0; i < widths.length; i++) {
                out.append(row[i]).append(" ".repeat(widths[i] - row[i].length() + 2));
            }
            out.append(row[3]).append('\n');
        }
        return out.toString();
    }

    /** Everything about one rule. */
    static String explain(RuleMetadata rule) {
        StringBuilder out = new StringBuilder();
        out.append(rule.id()).append(": ").append(rule.title()).append("\n\n");
        out.append("severity: ").append(rule.severity().label()).append('\n');
        out.append("family:   ").append(rule.family().name()).append(" (").append(rule.family().title()).append(")\n\n");
        out.append("Why:\n").append(wrap(rule.rationale(), "  ")).append('\n');
        out.append("Fix:\n").append(wrap(rule.fix(), "  "));
        if (!rule.references().isEmpty()) {
            out.append("\nReferences:\n");
            rule.references().forEach(ref -> out.append("  - ").append(ref).append('\n'));
        }
        return out.toString();
    }

    /** The README's rule table. */
    static String markdown(List<RuleMetadata> rules) {
        StringBuilder out = new StringBuilder("| id | severity | family | title |\n| --- | --- | --- | --- |\n");
        for (RuleMetadata r : rules) {
            out.append("| ").append(r.id()).append(" | ").append(r.severity().label()).append(" | ")
                    .append(r.family().name()).append(" | ").append(r.title().replace("|", "\\|")).append(" |\n");
        }
        return out.toString();
    }

    /** Words filled into lines of at most {@link #WIDTH} characters, each line indented. */
    static String wrap(String text, String indent) {
        StringBuilder out = new StringBuilder();
        for (String paragraph : text.strip().split("\n\\s*\n")) {
            StringBuilder line = new StringBuilder(indent);
            for (String word : paragraph.strip().split("\\s+")) {
                if (line.length() > indent.length() && line.length() + 1 + word.length() > WIDTH) {
                    out.append(line).append('\n');
                    line = new StringBuilder(indent);
                }
                line.append(line.length() > indent.length() ? " " : "").append(word);
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }
}
