package io.stackgen.report;

import io.stackgen.lint.Finding;
import io.stackgen.lint.LintResult;
import io.stackgen.lint.RuleMetadata;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML for CI test views (GitLab, Jenkins, Azure DevOps). Each rule that ran is a test suite named
 * {@code stackgen.<RULE>} (Jenkins shows it as class {@code <RULE>} in package {@code stackgen}; GitLab as the
 * suite column): each finding is a failed test case named after the object and field, a suppressed finding a
 * skipped one, and a rule with no findings one passing test case named after the rule. Configuration notices,
 * which do not fail a run, are passing cases in {@code stackgen.configuration} carrying the warning as
 * {@code system-err}. Suite and case {@code classname} agree, so consumers that group by either see the same tree.
 */
final class JunitReport implements Report {
    private static final String PREFIX = "stackgen.";
    private static final String CONFIGURATION = PREFIX + "configuration";

    @Override
    public String name() {
        return "junit";
    }

    @Override
    public void write(LintResult result, ReportOptions options, Appendable out) throws IOException {
        RuleTable rules = new RuleTable(result);
        Map<String, Suite> suites = new LinkedHashMap<>();
        for (String id : rules.ids()) {
            suites.put(id, new Suite(id));
        }
        FindingOrder.sorted(result.findings()).forEach(f -> suites.get(f.ruleId()).failures.add(f));
        FindingOrder.sorted(result.suppressed(), LintResult.Suppressed::finding)
                .forEach(s -> suites.get(s.finding().ruleId()).skipped.add(s));
        Writer writer = AppendableWriter.of(out);
        try { // the JDK's own StAX writer, whose escaping the tests pin down, whatever else is on the class path
            Xml xml = new Xml(XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(writer));
            xml.document(() -> writeAll(xml, suites.values(), rules, result.notices()));
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the JUnit report: " + e.getMessage(), e);
        }
        writer.write("\n");
        writer.flush();
    }

    private static void writeAll(Xml xml, Iterable<Suite> suites, RuleTable rules, List<LintResult.Notice> notices)
            throws XMLStreamException {
        int tests = 0;
        int failures = 0;
        int skipped = 0;
        for (Suite suite : suites) {
            tests += suite.tests();
            failures += suite.failures.size();
            skipped += suite.skipped.size();
        }
        tests += notices.size();
        xml.start("testsuites", 0);
        xml.attribute("name", "stackgen lint");
        counts(xml, tests, failures, skipped);
        for (Suite suite : suites) {
            writeSuite(xml, suite, rules);
        }
        if (!notices.isEmpty()) {
            writeNotices(xml, notices);
        }
        xml.end(0);
    }

    private static void writeSuite(Xml xml, Suite suite, RuleTable rules) throws XMLStreamException {
        String classname = PREFIX + suite.ruleId;
        xml.start("testsuite", 1);
        xml.attribute("name", classname);
        counts(xml, suite.tests(), suite.failures.size(), suite.skipped.size());
        if (rules.metadata(suite.ruleId).isPresent()) {
            RuleMetadata rule = rules.metadata(suite.ruleId).get();
            xml.start("properties", 2);
            property(xml, "title", rule.title());
            property(xml, "severity", rule.severity().label());
            property(xml, "family", rule.family().name());
            xml.end(2);
        }
        if (suite.failures.isEmpty()) {
            xml.empty("testcase", 2);
            xml.attribute("name", rules.heading(suite.ruleId));
            xml.attribute("classname", classname);
            xml.attribute("time", "0");
        }
        for (Finding finding : suite.failures) {
            startCase(xml, finding, classname);
            xml.start("failure", 3);
            xml.attribute("message", finding.message());
            xml.attribute("type", finding.severity().name());
            xml.text(details(finding, rules));
            xml.endInline();
            xml.end(2);
        }
        for (LintResult.Suppressed entry : suite.skipped) {
            startCase(xml, entry.finding(), classname);
            xml.empty("skipped", 3);
            xml.attribute("message", "suppressed: " + entry.reason());
            xml.end(2);
        }
        xml.end(1);
    }

    private static void startCase(Xml xml, Finding finding, String classname) throws XMLStreamException {
        xml.start("testcase", 2);
        xml.attribute("name", finding.path().isEmpty()
                ? finding.object().toString() : finding.object() + " " + finding.path());
        xml.attribute("classname", classname);
        xml.attribute("file", finding.position().file());
        xml.attribute("line", Integer.toString(finding.position().line()));
        xml.attribute("time", "0");
    }

    private static String details(Finding finding, RuleTable rules) {
        StringBuilder text = new StringBuilder()
                .append(finding.position()).append(": ").append(finding.severity().name()).append(' ')
                .append(rules.heading(finding.ruleId()))
                .append("\nobject: ").append(finding.object())
                .append(" (").append(finding.object().apiVersion()).append(')');
        if (!finding.path().isEmpty()) {
            text.append("\npath: ").append(finding.path());
        }
        if (finding.template() != null) {
            text.append("\ntemplate: ").append(finding.template());
        }
        return text.append("\nmessage: ").append(finding.message()).append("\nfix: ").append(finding.fix()).toString();
    }

    private static void writeNotices(Xml xml, List<LintResult.Notice> notices) throws XMLStreamException {
        xml.start("testsuite", 1);
        xml.attribute("name", CONFIGURATION);
        counts(xml, notices.size(), 0, 0);
        for (LintResult.Notice notice : notices) {
            xml.start("testcase", 2);
            xml.attribute("name", notice.where());
            xml.attribute("classname", CONFIGURATION);
            xml.attribute("time", "0");
            xml.start("system-err", 3);
            xml.text("warning: " + notice.where() + ": " + notice.message());
            xml.endInline();
            xml.end(2);
        }
        xml.end(1);
    }

    private static void counts(Xml xml, int tests, int failures, int skipped) throws XMLStreamException {
        xml.attribute("tests", Integer.toString(tests));
        xml.attribute("failures", Integer.toString(failures));
        xml.attribute("errors", "0");
        xml.attribute("skipped", Integer.toString(skipped));
        xml.attribute("time", "0");
    }

    private static void property(Xml xml, String name, String value) throws XMLStreamException {
        xml.empty("property", 3);
        xml.attribute("name", name);
        xml.attribute("value", value);
    }

    /** One rule's cases. */
    private static final class Suite {
        final String ruleId;
        final List<Finding> failures = new ArrayList<>();
        final List<LintResult.Suppressed> skipped = new ArrayList<>();

        Suite(String ruleId) {
            this.ruleId = ruleId;
        }

        int tests() {
            return (failures.isEmpty() ? 1 : failures.size()) + skipped.size();
        }
    }

    /**
     * A StAX writer with two-space indentation: {@link #start} opens an element whose children go on their own
     * lines ({@link #end}) or whose content is text ({@link #endInline}); {@link #empty} writes one without content.
     * Attributes follow the element they belong to. Text is cleaned of characters XML 1.0 cannot carry (StAX
     * escapes the rest), so odd input never makes the document unreadable.
     */
    private static final class Xml {
        private final XMLStreamWriter out;

        Xml(XMLStreamWriter out) {
            this.out = out;
        }

        interface Body {
            void write() throws XMLStreamException;
        }

        void document(Body body) throws XMLStreamException {
            out.writeStartDocument("UTF-8", "1.0");
            body.write();
            out.writeEndDocument();
            out.flush();
            out.close();
        }

        void start(String element, int depth) throws XMLStreamException {
            indent(depth);
            out.writeStartElement(element);
        }

        void empty(String element, int depth) throws XMLStreamException {
            indent(depth);
            out.writeEmptyElement(element);
        }

        void attribute(String name, String value) throws XMLStreamException {
            out.writeAttribute(name, clean(value));
        }

        void text(String text) throws XMLStreamException {
            out.writeCharacters(clean(text));
        }

        void endInline() throws XMLStreamException {
            out.writeEndElement();
        }

        void end(int depth) throws XMLStreamException {
            indent(depth);
            out.writeEndElement();
        }

        private void indent(int depth) throws XMLStreamException {
            out.writeCharacters("\n" + "  ".repeat(depth));
        }

        /** Characters outside XML 1.0's range (most C0 controls, lone surrogates) spelled as {@code \\uXXXX}. */
        static String clean(String text) {
            if (text == null) {
                return "";
            }
            StringBuilder out = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1));
                if (pair) {
                    out.append(c).append(text.charAt(++i));
                } else if (c == '\t' || c == '\n' || c == '\r'
                        || (c >= 0x20 && c <= 0xFFFD && !Character.isSurrogate(c))) {
                    out.append(c);
                } else {
                    out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                }
            }
            return out.toString();
        }
    }
}
