package io.stackgen.report;

import io.stackgen.lint.Finding;
import io.stackgen.lint.LintResult;
import io.stackgen.lint.Severity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * For people: one block per finding in compiler style, so that editors and terminals link {@code file:line:col},
 * then the configuration warnings and a summary line.
 *
 * <pre>
 * prod.yaml:14:3: CRITICAL DS01 StatefulSet/linera/shards: Signer runs 3 replicas with one key.
 *   path: spec.replicas
 *   template: linera-validator/templates/shards.yaml
 *   fix: Run one replica …
 *
 * warning: .stackgen.yaml:12:5: suppression of DS02 has no reason
 * 12 objects linted: 1 finding (1 critical), 0 suppressed, 1 warning
 * </pre>
 * Control characters from the input (escape sequences, line breaks) are shown escaped, never sent to the terminal.
 */
final class TextReport implements Report {
    private static final String RESET = "\u001b[0m";

    @Override
    public String name() {
        return "text";
    }

    @Override
    public void write(LintResult result, ReportOptions options, Appendable out) throws IOException {
        Style style = new Style(options.colour());
        for (Finding finding : FindingOrder.sorted(result.findings())) {
            writeFinding(finding, style, out);
        }
        for (LintResult.Notice notice : result.notices()) {
            out.append(style.paint("1;33", "warning:")).append(' ')
                    .append(safe(notice.where())).append(": ").append(safe(notice.message())).append('\n');
        }
        out.append(summary(Tally.of(result), style)).append('\n');
    }

    private static void writeFinding(Finding finding, Style style, Appendable out) throws IOException {
        out.append(style.paint("1", safe(finding.position().toString()) + ":")).append(' ')
                .append(style.paint(colourOf(finding.severity()), finding.severity().name())).append(' ')
                .append(style.paint("1", safe(finding.ruleId()))).append(' ')
                .append(safe(finding.object().toString())).append(": ")
                .append(safe(finding.message())).append('\n');
        if (!finding.path().isEmpty()) {
            out.append(style.paint("2", "  path: " + safe(finding.path()))).append('\n');
        }
        if (finding.template() != null) {
            out.append(style.paint("2", "  template: " + safe(finding.template()))).append('\n');
        }
        out.append("  fix: ").append(safe(finding.fix())).append("\n\n");
    }

    private static String summary(Tally tally, Style style) {
        StringBuilder line = new StringBuilder(count(tally.objects(), "object")).append(" linted: ");
        if (tally.findings() == 0) {
            line.append(style.paint("32", "no findings"));
        } else {
            List<String> parts = new ArrayList<>();
            for (Severity severity : Tally.mostSevereFirst()) {
                int n = tally.bySeverity().get(severity);
                if (n > 0) {
                    parts.add(style.paint(colourOf(severity), n + " " + severity.label()));
                }
            }
            line.append(count(tally.findings(), "finding")).append(" (").append(String.join(", ", parts)).append(')');
        }
        line.append(", ").append(tally.suppressed()).append(" suppressed");
        if (tally.notices() > 0) {
            line.append(", ").append(style.paint("33", count(tally.notices(), "warning")));
        }
        return line.toString();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String colourOf(Severity severity) {
        return switch (severity) {
            case CRITICAL -> "1;31";
            case HIGH -> "31";
            case MEDIUM -> "33";
            case LOW -> "36";
            case INFO -> "34";
        };
    }

    /** Input text with control characters (ESC, CR, LF, …) spelled out, so a name cannot drive the terminal. */
    static String safe(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = Character.isISOControl(c);
            if (control && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                if (control) {
                    out.append(switch (c) {
                        case '\n' -> "\\n";
                        case '\r' -> "\\r";
                        case '\t' -> "\\t";
                        default -> String.format(Locale.ROOT, "\\u%04x", (int) c);
                    });
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /** ANSI SGR styling, or none. */
    private record Style(boolean enabled) {
        String paint(String sgr, String text) {
            return enabled ? "\u001b[" + sgr + "m" + text + RESET : text;
        }
    }
}
