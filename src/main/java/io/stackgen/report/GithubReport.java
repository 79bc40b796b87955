package io.stackgen.report;

import io.stackgen.lint.Finding;
import io.stackgen.lint.LintResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * GitHub Actions workflow commands, which GitHub turns into annotations on the pull request's diff:
 * {@code ::error file=deploy/prod.yaml,line=14,col=3,title=DS01 …::StatefulSet/linera/shards: …}. Critical and high
 * findings are errors, medium and low warnings, info notices; configuration notices are warnings.
 */
final class GithubReport implements Report {
    @Override
    public String name() {
        return "github";
    }

    @Override
    public void write(LintResult result, ReportOptions options, Appendable out) throws IOException {
        RuleTable rules = new RuleTable(result);
        Path workingDirectory = options.workingDirectory();
        for (Finding finding : FindingOrder.sorted(result.findings())) {
            String file = ArtifactPath.of(finding.position().file(), workingDirectory).path();
            String properties = "file=" + property(file)
                    + ",line=" + finding.position().line()
                    + ",col=" + finding.position().column()
                    + ",title=" + property("stackgen " + rules.heading(finding.ruleId()));
            String message = finding.object() + (finding.path().isEmpty() ? "" : " " + finding.path()) + ": "
                    + finding.message() + "\nfix: " + finding.fix();
            command(out, CiLevel.of(finding.severity()).github(), properties, message);
        }
        for (LintResult.Notice notice : result.notices()) {
            Optional<NoticeLocation> where = NoticeLocation.parse(notice.where());
            String title = "title=" + property("stackgen configuration");
            if (where.isPresent()) {
                NoticeLocation place = where.get();
                String properties = "file=" + property(ArtifactPath.of(place.file(), workingDirectory).path())
                        + ",line=" + place.line()
                        + (place.column().isPresent() ? ",col=" + place.column().getAsInt() : "")
                        + "," + title;
                command(out, "warning", properties, notice.message());
            } else {
                command(out, "warning", title, notice.where() + ": " + notice.message());
            }
        }
    }

    private static void command(Appendable out, String name, String properties, String message) throws IOException {
        out.append("::").append(name).append(' ').append(properties).append("::").append(data(message)).append('\n');
    }

    /** The runner's escaping for a command's message: {@code %}, CR and LF. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** The runner's escaping for a property value: as {@link #data} plus {@code :} and {@code ,}. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
