package io.stackgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.stackgen.support.CliRun;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A command line builds picocli's model only of the subcommand it runs; everything else sees them all. */
class SubcommandLoadingTest {
    private static CommandLine commandLine(String... args) {
        PrintWriter sink = new PrintWriter(new StringWriter());
        return Main.commandLine(sink, sink, CommandLine.defaultFactory(), args);
    }

    @Test
    void aSubcommandRunBuildsOnlyThatSubcommand() {
        assertThat(commandLine("render", "linera-validator").getSubcommands()).containsOnlyKeys("render");
        assertThat(commandLine("lint", "x.yaml").getSubcommands()).containsOnlyKeys("lint");
    }

    @Test
    void helpAndUnknownCommandsSeeEverySubcommand() {
        assertThat(commandLine("--help").getSubcommands()).containsOnlyKeys("render", "lint", "rules", "values-table", "package", "push", "pull");
        assertThat(commandLine().getSubcommands()).hasSize(StackgenCommand.SUBCOMMANDS.size());
        assertThat(commandLine("bogus").getSubcommands()).hasSize(StackgenCommand.SUBCOMMANDS.size());

        CliRun help = CliRun.of("--help");
        assertThat(help.out()).contains("Commands:", "render ", "lint ", "rules ", "values-table ");
    }
}
