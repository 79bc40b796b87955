package io.stackgen.cli;

import io.stackgen.lint.Rule;
import io.stackgen.lint.RuleCatalog;
import io.stackgen.report.Colour;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * What {@code stackgen lint} takes from its surroundings rather than its arguments; tests replace it.
 *
 * @param clock            today's date, for the expiry of configured suppressions
 * @param workingDirectory where the search for {@code .stackgen.yaml} starts; reports make paths relative to it
 * @param colourTerminal   standard output is a terminal that wants colour (see {@link Colour#wanted})
 * @param reports          the formats {@code --format} can name
 * @param rules            the rule catalogue
 */
record LintEnvironment(Clock clock, Path workingDirectory, boolean colourTerminal, ReportLookup reports, List<Rule> rules) {

    static LintEnvironment system() {
        boolean colour = Colour.wanted(System.console() != null, System.getenv());
        return new LintEnvironment(Clock.systemDefaultZone(), Path.of("").toAbsolutePath(), colour, new LintReports(),
                RuleCatalog.all());
    }
}
