package io.stackgen.cli;

import io.stackgen.manifest.ManifestDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "render",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Render a chart into Kubernetes manifests, like 'helm template'.",
            "",
            "CHART is a built-in chart name (linera-validator, linera-block-exporter, linera-validator-stack, "
                + "linea-stack) or a chart directory.",
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
            ""
        },
        footer = {"", "Examples:",
            "  stackgen render linera-validator -f my-validator.yaml",
            "  stackgen render validator-1 linera-validator -n validators -f base.yaml -f prod.yaml --set shards.replicas=8",
            "  stackgen render linera-validator -f v.yaml --output-dir out/"})
public final class RenderCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ReleaseOptions release = new ReleaseOptions();

    @Option(names = {"-s", "--show-only"}, paramLabel = "TEMPLATE",
            description = "Only output documents from this template, e.g. templates/shards.yaml, or "
                    + "charts/linera-validator/templates/shards.yaml for a subchart's; globs allowed (repeatable).")
    List<String> showOnly = new ArrayList<>();

    @Option(names = "--output-dir", paramLabel = "DIR",
            description = "Write one file per template under DIR/<chart>/templates/ (subcharts: DIR/<chart>/charts/<name>/templates/) "
                    + "instead of standard output. "
                    + "All or nothing: on failure DIR is left as it was.")
    Path outputDir;

    @Option(names = "--debug", description = "Print stack traces for errors.")
    boolean debug;

    @Override
    public Integer call() {
        RenderRequest request = release.request(showOnly);
        RenderedRelease rendered = ReleasePipeline.run(request, spec.commandLine().getErr());
        List<ManifestDocument> documents = rendered.documents();
        if (outputDir != null) {
            OutputDirWriter.write(outputDir, rendered.chartName(), documents);
        } else {
            spec.commandLine().getOut().print(ManifestFormatter.format(documents));
            spec.commandLine().getOut().flush();
        }
        return Main.EXIT_OK;
    }
}
