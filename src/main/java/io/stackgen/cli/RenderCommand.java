package io.stackgen.cli;

import io.stackgen.common.InputException;
import io.stackgen.manifest.ManifestDocument;
import io.stackgen.oci.OciReference;
import io.stackgen.oci.RegistrySettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

@Command(name = "render",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Render a chart into Kubernetes manifests, like 'helm template'.",
            "",
            "CHART is a built-in chart name (linera-validator, linera-block-exporter, linera-validator-stack, "
                + "linea-stack), a chart directory, or a stackgen source chart in a registry: "
                + "oci://HOST[:PORT]/REPOSITORY/CHART:VERSION (or @sha256:DIGEST), as 'stackgen push' put it there; "
                + "it is pulled, its digests checked, and rendered from a temporary folder (--timeout bounds each "
                + "registry request too).",
            "",
            "Values are layered as Helm layers them: the chart's values.yaml < -f files (left to right) < --set-json "
                + "< --set < --set-string < --set-file < --set-literal. The result is checked against the chart's "
                + "values.schema.json, and every rendered document is checked as a Kubernetes object.",
            "",
            "Subcharts (Chart.yaml dependencies) render as Helm renders them: each with the values under its name, "
                + "the parent's 'global' copied in, its own schema, and sources '<chart>/charts/<name>/templates/<file>'.",
            "",
            "Output: '---' separated documents, each headed '# Source: <chart>/templates/<file>', in Helm's install "
                + "order. Identical input gives identical bytes. Nothing is written if anything fails.",
            "",
            "With --fleet FILE, every release of a fleet file is rendered in one run, in parallel: to standard output "
                + "in fleet order, each release headed '# Release: <name>', or with --output-dir into DIR/<release>/ "
                + "(each laid out as a single render's --output-dir). Any failing release fails the run, and nothing "
                + "is written; errors name the release.",
            "",
            "With --fleet FILE --output-dir DIR --lint, the rendered releases are then linted as one set, as 'stackgen lint "
                + "--fleet' lints them, in the same run: the manifests are written, the lint report goes to standard "
                + "output (or --format files), and the exit code is lint's (1 for findings at --fail-on or above).",
            ""
        },
        footer = {"", "Examples:",
            "  stackgen render linera-validator -f my-validator.yaml",
            "  stackgen render validator-1 linera-validator -n validators -f base.yaml -f prod.yaml --set shards.replicas=8",
            "  stackgen render linera-validator -f v.yaml --output-dir out/",
            "  stackgen render --fleet stackgen.fleet.yaml -o out/ --only prod",
            "  stackgen render --fleet stackgen.fleet.yaml -o out/ --lint --format sarif=lint.sarif"})
public final class RenderCommand implements Callable<Integer> {
    private static final List<String> SINGLE_RELEASE_OPTIONS = List.of("--values", "--set", "--set-json", "--set-string",
            "--set-file", "--set-literal", "--release", "--namespace", "--show-only", "--kube-version", "--api-versions");

    private final BooleanSupplier stderrIsTerminal;
    private final Supplier<LintEnvironment> lintEnvironment;

    @Spec
    CommandSpec spec;

    @Mixin
    ReleaseOptions release = new ReleaseOptions();

    @Option(names = {"-s", "--show-only"}, paramLabel = "TEMPLATE",
            description = "Only output documents from this template, e.g. templates/shards.yaml, or "
                    + "charts/linera-validator/templates/shards.yaml for a subchart's; globs allowed (repeatable).")
    List<String> showOnly = new ArrayList<>();

    @Option(names = {"-o", "--output-dir"}, paramLabel = "DIR",
            description = "Write one file per template under DIR/<chart>/templates/ (subcharts: DIR/<chart>/charts/<name>/templates/) "
                    + "instead of standard output. "
                    + "All or nothing: on failure DIR is left as it was.")
    Path outputDir;

    @Mixin
    RegistryOptions registry = new RegistryOptions();

    @Mixin
    FleetOptions fleet = new FleetOptions();

    @Option(names = "--lint", description = "With --fleet and --output-dir: lint the rendered releases as one set, "
            + "as 'stackgen lint --fleet' does, with the options below; the exit code is lint's.")
    boolean lintFleet;

    @Mixin
    LintOptions lint = new LintOptions();

    @Option(names = "--debug", description = "Print stack traces for errors (and, for oci:// charts, each registry request).")
    boolean debug;

    public RenderCommand() {
        this(StderrTerminal::detect, LintEnvironment::system);
    }

    /**
     * @param stderrIsTerminal whether a fleet render may draw a progress bar on standard error
     * @param lintEnvironment  for {@code --lint}: asked only then, as it loads every rule
     */
    RenderCommand(BooleanSupplier stderrIsTerminal, Supplier<LintEnvironment> lintEnvironment) {
        this.stderrIsTerminal = stderrIsTerminal;
        this.lintEnvironment = lintEnvironment;
    }

    @Override
    public Integer call() {
        fleet.check(spec.commandLine().getParseResult(), "[NAME] CHART", SINGLE_RELEASE_OPTIONS);
        checkLintOptions(spec.commandLine().getParseResult());
        if (fleet.given()) {
            return renderFleet();
        }
        RenderRequest request = release.request(showOnly);
        RenderedRelease rendered = OciReference.isOci(request.chart()) ? renderPulled(request)
                : ReleasePipeline.run(request, spec.commandLine().getErr());
        List<ManifestDocument> documents = rendered.documents();
        if (outputDir != null) {
            OutputDirWriter.write(outputDir, rendered.chartName(), documents);
        } else {
            spec.commandLine().getOut().print(ManifestFormatter.format(documents));
            spec.commandLine().getOut().flush();
        }
        return Main.EXIT_OK;
    }

    /** The registry requests share the render's --timeout; the chart lives in a temporary folder for the render. */
    private RenderedRelease renderPulled(RenderRequest request) {
        RegistrySettings settings = registry.settings(request.timeout(), debug,
                request.values().valuesFiles.contains("-"), spec.commandLine().getErr());
        try (PulledSourceChart pulled = PulledSourceChart.pull(OciReference.chart(request.chart()), settings)) {
            return ReleasePipeline.run(request, spec.commandLine().getErr(), pulled.chart());
        }
    }

    /** --lint belongs to a fleet written to a folder (the report needs standard output); the lint options to --lint. */
    private void checkLintOptions(ParseResult parse) {
        if (lintFleet && !fleet.given()) {
            throw new InputException("--lint needs --fleet FILE (to lint one chart's render: stackgen lint CHART -f ...)");
        }
        if (lintFleet && outputDir == null) {
            throw new InputException("--lint needs --output-dir DIR: the manifests go there, the lint report to standard output");
        }
        if (!lintFleet) {
            LintOptions.NAMES.stream().filter(parse::hasMatchedOption).findFirst().ifPresent(option -> {
                throw new InputException(option + " needs --lint");
            });
        }
    }

    private int renderFleet() {
        long start = System.nanoTime();
        // Loading every rule and the suppressions file takes a while; it happens while the fleet renders.
        CompletableFuture<Linter> linter = lintFleet ? CompletableFuture.supplyAsync(() -> lint.linter(lintEnvironment.get()))
                : CompletableFuture.completedFuture(null);
        PrintWriter err = spec.commandLine().getErr();
        List<FleetRelease> releases = FleetFile.load(fleet.file).select(fleet.only);
        FleetRenderer.Settings settings = new FleetRenderer.Settings(!release.skipSchemaValidation, release.timeout(),
                fleet.jobs());
        FleetProgress progress = FleetProgress.on(err, stderrIsTerminal.getAsBoolean(), releases.size());
        if (outputDir == null) {
            List<FleetRenderer.Rendered> rendered = FleetRenderer.render(releases, settings, progress, err, each -> { });
            PrintWriter out = spec.commandLine().getOut();
            for (FleetRenderer.Rendered one : rendered) {
                out.print("# Release: " + one.name() + "\n" + ManifestFormatter.format(one.output().documents()));
            }
            out.flush();
            printSummary(err, rendered, start);
            return Main.EXIT_OK;
        }
        try (FleetOutputDir out = FleetOutputDir.open(outputDir)) {
            List<FleetRenderer.Rendered> rendered = FleetRenderer.render(releases, settings, progress, err, out::stage);
            Linter checkedLinter = joined(linter);
            out.commit(rendered);
            printSummary(err, rendered, start);
            return checkedLinter == null ? Main.EXIT_OK
                    : checkedLinter.lint(List.of(FleetLintSet.of(rendered)), spec.commandLine().getOut(), err);
        }
    }

    /** The linter, or the error its options or suppressions file gave. */
    private static Linter joined(CompletableFuture<Linter> linter) {
        try {
            return linter.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static void printSummary(PrintWriter err, List<FleetRenderer.Rendered> rendered, long start) {
        err.println(summary(rendered, System.nanoTime() - start));
        err.flush();
    }

    /** {@code rendered 500 releases (12,345 objects) in 3.2 s}. */
    private static String summary(List<FleetRenderer.Rendered> rendered, long nanos) {
        int objects = rendered.stream().mapToInt(r -> r.output().documents().size()).sum();
        return String.format(Locale.ROOT, "rendered %,d release%s (%,d object%s) in %.1f s", rendered.size(),
                rendered.size() == 1 ? "" : "s", objects, objects == 1 ? "" : "s", nanos / 1e9);
    }
}
