package io.stackgen.cli;

import io.stackgen.lint.RuleSelection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Which rules run, what they may skip, where reports go and what fails the run: {@code lint}'s and {@code render --lint}'s. */
public final class LintOptions {
    /** The long names of these options. */
    static final List<String> NAMES = List.of("--enable", "--disable", "--fail-on", "--format", "--config");

    @Option(names = "--enable", paramLabel = "RULE", split = ",",
            description = "Run only these rules or families, e.g. DS or DS01,SEC02 (repeatable; default: all).")
    List<String> enable = new ArrayList<>();

    @Option(names = "--disable", paramLabel = "RULE", split = ",",
            description = "Do not run these rules or families, e.g. HYG (repeatable; wins over --enable).")
    List<String> disable = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "high",
            description = "Exit 1 when a finding is at least this severe: " + FailOn.VALUES + " (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Option(names = "--format", paramLabel = "NAME[=FILE]",
            description = "Report format and where to write it (standard output without FILE); repeatable, e.g. "
                    + "--format text --format sarif=lint.sarif (default: text).")
    List<String> formats = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE",
            description = "Suppressions file (default: .stackgen.yaml in the working directory or the nearest folder above).")
    String config;

    /** Checks every option and reads the suppressions file, before anything is rendered or read. */
    Linter linter(LintEnvironment environment) {
        FailOn threshold = FailOn.parse(failOn);
        List<ReportTarget> targets = ReportTarget.parse(formats.isEmpty() ? List.of("text") : formats, environment.reports());
        RuleSelection rules = RuleSelection.of(environment.rules(), enable, disable);
        return new Linter(environment, rules, LintConfigFile.load(Optional.ofNullable(config), environment.workingDirectory()),
                targets, threshold);
    }
}
