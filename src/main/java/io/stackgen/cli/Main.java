package io.stackgen.cli;

import io.stackgen.common.InputException;
import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point: runs a command and maps failures to exit codes (0 ok, 1 lint findings, 2 bad input, 3 bug). */
public final class Main {
    public static final int EXIT_OK = 0;
    public static final int EXIT_FINDINGS = 1;
    public static final int EXIT_INPUT = 2;
    public static final int EXIT_BUG = 3;

    private Main() {
    }

    public static void main(String[] args) {
        int code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        System.exit(code);
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, CommandLine.defaultFactory());
    }

    /** With {@code factory} making the command objects: tests hand commands a fixed clock or test reports. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, CommandLine.IFactory factory) {
        return commandLine(out, err, factory, args).execute(args);
    }

    /** Only with the subcommands {@code arguments} can reach (see {@link StackgenCommand#needed}). */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, CommandLine.IFactory factory, String... arguments) {
        CommandLine cli = new CommandLine(new StackgenCommand(), factory);
        for (Class<?> subcommand : StackgenCommand.needed(arguments)) {
            cli.addSubcommand(new CommandLine(subcommand, factory));
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> e instanceof InputException ? EXIT_INPUT : EXIT_BUG);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            boolean debug = parseResult.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--debug"))
                    || parseResult.hasMatchedOption("--debug");
            if (debug) {
                e.printStackTrace(commandLine.getErr());
            }
            if (e instanceof InputException) {
                e.getMessage().lines().forEach(line -> commandLine.getErr().println("error: " + line));
                return EXIT_INPUT;
            }
            commandLine.getErr().println("internal error (a bug in stackgen): " + e
                    + (debug ? "" : " — run again with --debug for the stack trace"));
            return EXIT_BUG;
        });
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine failed = e.getCommandLine();
            failed.getErr().println("error: " + e.getMessage());
            failed.getErr().println("Run '" + failed.getCommandSpec().qualifiedName() + " --help' for usage.");
            return EXIT_INPUT;
        });
        return cli;
    }
}
