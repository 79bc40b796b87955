package io.stackgen.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stackgen.lint.Family;
import io.stackgen.lint.Finding;
import io.stackgen.lint.LintResult;
import io.stackgen.lint.RuleMetadata;
import io.stackgen.lint.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * SARIF 2.1.0 for GitHub code scanning, GitLab and IDE viewers: one run, the rules' documentation in
 * {@code tool.driver.rules}, a real region per result, suppressed findings as results with {@code suppressions},
 * configuration notices as tool execution notifications.
 */
final class SarifReport implements Report {
    static final String SCHEMA =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    /** The base id relative artifact URIs are resolved against: the working directory (the checkout). */
    static final String SOURCE_ROOT = "%SRCROOT%";
    /** Key of the fingerprint GitHub uses to follow one alert across runs. */
    static final String FINGERPRINT = "stackgenFinding/v1";
    /** An in-source suppression is an object annotation; {@code suppressedBy} names it. Anything else is external. */
    private static final String ANNOTATION_PREFIX = "lint.stackgen.io/ignore";
    private static final Pattern NON_WORD = Pattern.compile("[^A-Za-z0-9]+");

    @Override
    public String name() {
        return "sarif";
    }

    @Override
    public void write(LintResult result, ReportOptions options, Appendable out) throws IOException {
        RuleTable rules = new RuleTable(result);
        ObjectNode root = JsonOutput.object();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        run.putObject("tool").set("driver", driver(rules, options));
        run.putArray("invocations").add(invocation(result, options.workingDirectory()));
        if (options.workingDirectory() != null) {
            run.putObject("originalUriBaseIds").putObject(SOURCE_ROOT)
                    .put("uri", directoryUri(options.workingDirectory()));
        }
        run.put("columnKind", "unicodeCodePoints");
        ArrayNode results = run.putArray("results");
        for (Finding finding : FindingOrder.sorted(result.findings())) {
            results.add(result(finding, rules, options.workingDirectory()));
        }
        for (LintResult.Suppressed entry : FindingOrder.sorted(result.suppressed(), LintResult.Suppressed::finding)) {
            ObjectNode suppressed = result(entry.finding(), rules, options.workingDirectory());
            ObjectNode suppression = suppressed.putArray("suppressions").addObject();
            suppression.put("kind", isAnnotation(entry.suppressedBy()) ? "inSource" : "external");
            if (entry.reason() != null && !entry.reason().isBlank()) {
                suppression.put("justification", entry.reason());
            }
            results.add(suppressed);
        }
        JsonOutput.write(root, out);
    }

    private static ObjectNode driver(RuleTable rules, ReportOptions options) {
        ObjectNode driver = JsonOutput.object();
        driver.put("name", "stackgen");
        if (options.toolVersion() != null) {
            driver.put("version", options.toolVersion());
        }
        ArrayNode descriptors = driver.putArray("rules");
        for (String id : rules.ids()) {
            ObjectNode descriptor = descriptors.addObject();
            descriptor.put("id", id);
            rules.metadata(id).ifPresent(rule -> describe(rule, descriptor));
        }
        return driver;
    }

    private static void describe(RuleMetadata rule, ObjectNode descriptor) {
        descriptor.put("name", pascalCase(rule.title()));
        descriptor.putObject("shortDescription").put("text", rule.title());
        descriptor.putObject("fullDescription").put("text", rule.rationale());
        ObjectNode help = descriptor.putObject("help");
        help.put("text", helpText(rule));
        help.put("markdown", helpMarkdown(rule));
        rule.references().stream().filter(SarifReport::isLink).findFirst()
                .ifPresent(uri -> descriptor.put("helpUri", uri));
        CiLevel level = CiLevel.of(rule.severity());
        descriptor.putObject("defaultConfiguration").put("level", level.sarif());
        ObjectNode properties = descriptor.putObject("properties");
        properties.put("family", rule.family().name());
        properties.put("severity", rule.severity().label());
        ArrayNode tags = properties.putArray("tags");
        tags.add(rule.family() == Family.HYG ? "reliability" : "security");
        tags.add("kubernetes");
        tags.add(rule.family().title());
        securitySeverity(rule.severity()).ifPresent(score -> properties.put("security-severity", score));
        properties.put("problem.severity", level == CiLevel.NOTE ? "recommendation" : level.sarif());
    }

    /** GitHub's scale: 9.0+ critical, 7.0–8.9 high, 4.0–6.9 medium, 0.1–3.9 low. */
    private static Optional<String> securitySeverity(Severity severity) {
        return switch (severity) {
            case CRITICAL -> Optional.of("9.5");
            case HIGH -> Optional.of("8.0");
            case MEDIUM -> Optional.of("5.5");
            case LOW -> Optional.of("2.0");
            case INFO -> Optional.empty();
        };
    }

    private static String helpText(RuleMetadata rule) {
        StringBuilder text = new StringBuilder("Fix: ").append(rule.fix()).append("\n\nWhy: ").append(rule.rationale());
        if (!rule.references().isEmpty()) {
            text.append("\n\nReferences:");
            rule.references().forEach(ref -> text.append("\n- ").append(ref));
        }
        return text.toString();
    }

    private static String helpMarkdown(RuleMetadata rule) {
        StringBuilder text = new StringBuilder("**Fix:** ").append(rule.fix())
                .append("\n\n**Why:** ").append(rule.rationale());
        if (!rule.references().isEmpty()) {
            text.append("\n\n**References:**\n");
            rule.references().forEach(ref -> text.append("\n- ").append(isLink(ref) ? "<" + ref + ">" : ref));
        }
        return text.toString();
    }

    private static boolean isLink(String reference) {
        return reference.startsWith("https://") || reference.startsWith("http://");
    }

    private static ObjectNode result(Finding finding, RuleTable rules, Path workingDirectory) {
        ObjectNode result = JsonOutput.object();
        result.put("ruleId", finding.ruleId());
        result.put("ruleIndex", rules.indexOf(finding.ruleId()));
        result.put("level", CiLevel.of(finding.severity()).sarif());
        result.putObject("message").put("text", finding.object() + ": " + finding.message());
        ArtifactPath artifact = ArtifactPath.of(finding.position().file(), workingDirectory);
        ObjectNode location = result.putArray("locations").addObject();
        location.set("physicalLocation",
                physicalLocation(artifact, finding.position().line(), OptionalInt.of(finding.position().column())));
        ArrayNode logical = location.putArray("logicalLocations");
        logical.addObject()
                .put("name", finding.object().name())
                .put("fullyQualifiedName", finding.object().toString())
                .put("kind", "resource");
        if (!finding.path().isEmpty()) {
            logical.addObject()
                    .put("name", finding.path())
                    .put("fullyQualifiedName", finding.object() + ":" + finding.path())
                    .put("kind", "property");
        }
        result.putObject("partialFingerprints").put(FINGERPRINT, fingerprint(finding, artifact));
        ObjectNode properties = result.putObject("properties");
        properties.put("severity", finding.severity().label());
        properties.set("object", JsonOutput.objectRef(finding.object()));
        properties.put("path", finding.path());
        if (finding.template() != null) {
            properties.put("template", finding.template());
        }
        return result;
    }

    private static ObjectNode physicalLocation(ArtifactPath artifact, int line, OptionalInt column) {
        ObjectNode physical = JsonOutput.object();
        ObjectNode artifactLocation = physical.putObject("artifactLocation").put("uri", artifact.uri());
        if (artifact.relative()) {
            artifactLocation.put("uriBaseId", SOURCE_ROOT);
        }
        ObjectNode region = physical.putObject("region").put("startLine", Math.max(1, line));
        column.ifPresent(c -> region.put("startColumn", Math.max(1, c)));
        return physical;
    }

    private static ObjectNode invocation(LintResult result, Path workingDirectory) {
        ObjectNode invocation = JsonOutput.object();
        invocation.put("executionSuccessful", true);
        ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
        for (LintResult.Notice notice : result.notices()) {
            ObjectNode notification = notifications.addObject();
            notification.put("level", "warning");
            Optional<NoticeLocation> where = NoticeLocation.parse(notice.where());
            notification.putObject("message").put("text",
                    where.isPresent() ? notice.message() : notice.where() + ": " + notice.message());
            where.ifPresent(place -> notification.putArray("locations").addObject().set("physicalLocation",
                    physicalLocation(ArtifactPath.of(place.file(), workingDirectory), place.line(), place.column())));
        }
        return invocation;
    }

    /**
     * Stable across runs while the rule, the file, the object and the field stay the same, whatever moves around
     * them; the line is deliberately left out so that an edit above a finding does not open a new alert.
     */
    private static String fingerprint(Finding finding, ArtifactPath artifact) {
        String identity = String.join("\u0000", finding.ruleId(), artifact.path(), finding.object().kind(),
                finding.object().namespace(), finding.object().name(), finding.path());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static boolean isAnnotation(String suppressedBy) {
        return suppressedBy != null && suppressedBy.contains(ANNOTATION_PREFIX);
    }

    private static String directoryUri(Path directory) {
        String uri = directory.toAbsolutePath().normalize().toUri().toString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    /** {@code Signer with several replicas} → {@code SignerWithSeveralReplicas}, SARIF's identifier-like name. */
    private static String pascalCase(String title) {
        StringBuilder name = new StringBuilder();
        for (String word : NON_WORD.split(title)) {
            if (!word.isEmpty()) {
                name.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
            }
        }
        return name.toString();
    }
}
