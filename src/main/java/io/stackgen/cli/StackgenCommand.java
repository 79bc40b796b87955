package io.stackgen.cli;

import picocli.CommandLine.Command;

@Command(name = "stackgen",
        mixinStandardHelpOptions = true,
        versionProvider = StackgenVersion.class,
        description = {
            "Render, lint and publish Kubernetes charts for blockchain validator stacks.",
            "",
            "Built-in charts: linera-validator, linera-block-exporter, linera-validator-stack, linea-stack."
        },
        subcommands = {RenderCommand.class, LintCommand.class, RulesCommand.class, ValuesTableCommand.class,
                PackageCommand.class},
        footer = {"", "Exit codes: 0 success, 1 lint findings at or above --fail-on, 2 bad input or usage, 3 internal error."})
public final class StackgenCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
