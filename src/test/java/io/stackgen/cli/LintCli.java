package io.stackgen.cli;

import io.stackgen.lint.Rule;
import io.stackgen.lint.TestRules;
import io.stackgen.report.Report;
import io.stackgen.support.CliRun;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;

/** Runs {@code stackgen lint}, {@code render --lint} and {@code stackgen rules} with the test rules, test reports, a fixed day and folder. */
record LintCli(LocalDate today, Path workingDirectory, List<Rule> rules) {
    static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    static LintCli in(Path workingDirectory) {
        return new LintCli(TODAY, workingDirectory, TestRules.all());
    }

    LintCli on(LocalDate day) {
        return new LintCli(day, workingDirectory, rules);
    }

    CliRun run(String... args) {
        Clock clock = Clock.fixed(today.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        LintEnvironment environment = new LintEnvironment(clock, workingDirectory, false, new TestReports(), rules);
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            @SuppressWarnings("unchecked")
            public <K> K create(Class<K> type) throws Exception {
                if (type == LintCommand.class) {
                    return (K) new LintCommand(environment);
                }
                if (type == RenderCommand.class) {
                    return (K) new RenderCommand(() -> false, () -> environment);
                }
                if (type == RulesCommand.class) {
                    return (K) new RulesCommand(rules);
                }
                return CommandLine.defaultFactory().create(type);
            }
        };
        return CliRun.of(factory, args);
    }

    /** {@code text} and {@code other}: {@link TestReport}s; {@code broken}: writes a little, then fails. */
    static final class TestReports implements ReportLookup {
        @Override
        public Optional<Report> byName(String name) {
            return switch (name) {
                case "text", "other" -> Optional.of(new TestReport(name));
                case "broken" -> Optional.of(new Broken());
                default -> Optional.empty();
            };
        }

        @Override
        public List<String> names() {
            return List.of("text", "other", "broken");
        }
    }

    private static final class Broken implements Report {
        @Override
        public String name() {
            return "broken";
        }

        @Override
        public void write(io.stackgen.lint.LintResult result, io.stackgen.report.ReportOptions options, Appendable out)
                throws IOException {
            out.append("half a report");
            throw new IOException("disk on fire");
        }
    }
}
