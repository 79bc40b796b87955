package io.stackgen.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stackgen.lint.Finding;
import io.stackgen.lint.LintResult;
import io.stackgen.lint.RuleMetadata;
import io.stackgen.lint.Severity;
import java.io.IOException;

/**
 * Machine-readable findings for scripts ({@code jq}) and dashboards. The structure is versioned: fields are only
 * added within a version; {@code schemas/lint-report.schema.json} describes it exactly.
 *
 * <pre>{@code
 * {
 *   "version": 1,
 *   "tool": {"name": "stackgen", "version": "0.1.0"},
 *   "summary": {"objects": 12, "findings": 2, "suppressed": 1, "notices": 0,
 *               "bySeverity": {"critical": 1, "high": 1, "medium": 0, "low": 0, "info": 0}},
 *   "findings": [{
 *     "rule": "DS01", "title": "…", "severity": "critical",
 *     "object": {"apiVersion": "apps/v1", "kind": "StatefulSet", "namespace": "linera", "name": "shards"},
 *     "path": "spec.replicas",
 *     "location": {"file": "prod.yaml", "line": 14, "column": 3, "template": "x/templates/shards.yaml"},
 *     "message": "…", "fix": "…"}],
 *   "suppressed": [{ …the same fields…, "suppression": {"reason": "…", "by": "…"}}],
 *   "notices": [{"where": ".stackgen.yaml:12:5", "message": "…"}]
 * }
 * }</pre>
 * {@code path} is empty for a finding about the whole object; {@code template} is null when unknown.
 */
final class JsonReport implements Report {
    static final int VERSION = 1;

    @Override
    public String name() {
        return "json";
    }

    @Override
    public void write(LintResult result, ReportOptions options, Appendable out) throws IOException {
        RuleTable rules = new RuleTable(result);
        ObjectNode root = JsonOutput.object();
        root.put("version", VERSION);
        ObjectNode tool = root.putObject("tool");
        tool.put("name", "stackgen");
        tool.put("version", options.toolVersion());
        root.set("summary", summary(Tally.of(result)));
        ArrayNode findings = root.putArray("findings");
        for (Finding finding : FindingOrder.sorted(result.findings())) {
            findings.add(finding(finding, rules));
        }
        ArrayNode suppressed = root.putArray("suppressed");
        for (LintResult.Suppressed entry : FindingOrder.sorted(result.suppressed(), LintResult.Suppressed::finding)) {
            ObjectNode node = finding(entry.finding(), rules);
            ObjectNode suppression = node.putObject("suppression");
            suppression.put("reason", entry.reason());
            suppression.put("by", entry.suppressedBy());
            suppressed.add(node);
        }
        ArrayNode notices = root.putArray("notices");
        for (LintResult.Notice notice : result.notices()) {
            notices.addObject().put("where", notice.where()).put("message", notice.message());
        }
        JsonOutput.write(root, out);
    }

    private static ObjectNode summary(Tally tally) {
        ObjectNode summary = JsonOutput.object();
        summary.put("objects", tally.objects());
        summary.put("findings", tally.findings());
        summary.put("suppressed", tally.suppressed());
        summary.put("notices", tally.notices());
        ObjectNode bySeverity = summary.putObject("bySeverity");
        for (Severity severity : Tally.mostSevereFirst()) {
            bySeverity.put(severity.label(), tally.bySeverity().get(severity));
        }
        return summary;
    }

    private static ObjectNode finding(Finding finding, RuleTable rules) {
        ObjectNode node = JsonOutput.object();
        node.put("rule", finding.ruleId());
        node.put("title", rules.metadata(finding.ruleId()).map(RuleMetadata::title).orElse(null));
        node.put("severity", finding.severity().label());
        node.set("object", JsonOutput.objectRef(finding.object()));
        node.put("path", finding.path());
        ObjectNode location = node.putObject("location");
        location.put("file", finding.position().file());
        location.put("line", finding.position().line());
        location.put("column", finding.position().column());
        location.put("template", finding.template());
        node.put("message", finding.message());
        node.put("fix", finding.fix());
        return node;
    }
}
