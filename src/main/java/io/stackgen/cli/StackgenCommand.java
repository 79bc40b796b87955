package io.stackgen.cli;

import java.util.List;
import picocli.CommandLine.Command;

@Command(name = "stackgen",
        mixinStandardHelpOptions = true,
        versionProvider = StackgenVersion.class,
        description = {
            "Render, lint and publish Kubernetes charts for blockchain validator stacks.",
            "",
            "Built-in charts: linera-validator, linera-block-exporter, linera-validator-stack, linea-stack."
        },
        footer = {"", "Exit codes: 0 success, 1 lint findings at or above --fail-on, 2 bad input or usage, 3 internal error."})
public final class StackgenCommand implements Runnable {
    /** In the order 'stackgen --help' lists them. */
    static final List<Class<?>> SUBCOMMANDS =
            List.of(RenderCommand.class, LintCommand.class, RulesCommand.class, ValuesTableCommand.class,
                    PackageCommand.class, PushCommand.class, PullCommand.class);

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /**
     * The subcommands a command line needs: only the one it names first, else all. Building picocli's model of a
     * command costs start-up time (reflection over its options and mixins, and their constructors: lint's loads
     * the rule catalogue), measured at about a third of picocli's share of a one-shot render.
     */
    static List<Class<?>> needed(String... args) {
        if (args.length > 0) {
            for (Class<?> command : SUBCOMMANDS) {
                if (command.getAnnotation(Command.class).name().equals(args[0])) {
                    return List.of(command);
                }
            }
        }
        return SUBCOMMANDS;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
