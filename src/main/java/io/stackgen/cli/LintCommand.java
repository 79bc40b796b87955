package io.stackgen.cli;

import io.stackgen.lint.LintSet;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "lint",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Check Kubernetes manifests for what costs validator operators money: double signing, key material in "
                + "plain sight, conflicting Ingress and Gateway API exposure, and hygiene.",
            "",
            "INPUT is a manifest file, a directory (every *.yaml, *.yml and *.json below it; hidden entries skipped), "
                + "'-' for standard input, or a chart (a built-in chart's name or a directory with Chart.yaml), which "
                + "is rendered first as 'stackgen render' would. All inputs are linted together, so cross-object rules "
                + "see every release and namespace.",
            "",
            "Each --values FILE is a values set: the charts are rendered and linted once per set, with the plain "
                + "manifests, and findings name the set: linera-validator[values: prod.yaml]:120:7.",
            "",
            "With --fleet FILE, the releases of a fleet file (or those --only selects) are rendered and linted as one "
                + "set, so cross-release rules see every release and namespace; findings name the release: "
                + "eu-1[linera-validator]:120:7.",
            "",
            "Suppress a finding with the annotation lint.stackgen.io/ignore.<RULE>: \"<reason>\" on the object (or "
                + "its pod template), or in .stackgen.yaml (see --config).",
            ""
        },
        footer = {"", "Exit codes: 0 no finding at or above --fail-on, 1 findings, 2 bad input or usage, 3 internal error.",
            "", "Examples:",
            "  stackgen lint manifests/",
            "  helm template my-chart | stackgen lint -",
            "  stackgen lint linera-validator -f base.yaml --values prod.yaml --values staging.yaml",
            "  stackgen lint out/ --format text --format sarif=lint.sarif --fail-on critical",
            "  stackgen lint --fleet stackgen.fleet.yaml --only prod"})
public final class LintCommand implements Callable<Integer> {
    private static final List<String> SINGLE_RELEASE_OPTIONS = List.of("-f", "--values", "--set", "--set-json",
            "--set-string", "--set-file", "--set-literal", "--release", "--namespace");

    private final LintEnvironment environment;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Manifest file, directory, '-' or chart.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "-f", paramLabel = "FILE",
            description = "Values file for every chart input and values set, layered as in 'render' (repeatable).")
    List<String> layers = new ArrayList<>();

    @Option(names = "--values", paramLabel = "FILE",
            description = "A values set: render and lint the charts once per --values file, on top of the -f files (repeatable).")
    List<String> valueSets = new ArrayList<>();

    @Mixin
    SetOptions set = new SetOptions();

    @Option(names = "--release", paramLabel = "NAME", defaultValue = "release-name",
            description = "Release name for rendered charts (default: ${DEFAULT-VALUE}).")
    String release;

    @Option(names = {"-n", "--namespace"}, paramLabel = "NS", defaultValue = "default",
            description = "Namespace of objects that name none, and of rendered charts (default: ${DEFAULT-VALUE}).")
    String namespace;

    @Mixin
    LintOptions lint = new LintOptions();

    @Mixin
    FleetOptions fleet = new FleetOptions();

    @Option(names = "--debug", description = "Print stack traces for errors.")
    boolean debug;

    public LintCommand() {
        this(LintEnvironment.system());
    }

    LintCommand(LintEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        Linter linter = lint.linter(environment);
        PrintWriter err = spec.commandLine().getErr();

        fleet.check(spec.commandLine().getParseResult(), "INPUT", SINGLE_RELEASE_OPTIONS);
        List<LintSet> sets = fleet.given() ? List.of(FleetLintSet.of(fleet, err))
                : LintInputs.read(inputs, new LintInputs.ChartOptions(layers, valueSets, set, release, namespace), err);
        return linter.lint(sets, spec.commandLine().getOut(), err);
    }
}
