package io.stackgen.cli;

import io.stackgen.chart.Chart;
import io.stackgen.chart.ChartLoader;
import io.stackgen.chart.ReleaseSchemaCheck;
import io.stackgen.chart.ReleaseValues;
import io.stackgen.common.InputException;
import io.stackgen.manifest.InstallOrder;
import io.stackgen.manifest.KubernetesSchemaCheck;
import io.stackgen.manifest.ManifestDocument;
import io.stackgen.manifest.ManifestSplitter;
import io.stackgen.render.Release;
import io.stackgen.render.ReleaseRenderer;
import io.stackgen.render.RenderClock;
import io.stackgen.render.RenderedTemplate;
import io.stackgen.values.UserValues;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** chart + values → checked values → templates → checked documents in install order. */
final class ReleasePipeline {
    private ReleasePipeline() {
    }

    static RenderedRelease run(RenderRequest request, PrintWriter warnings) {
        return run(request, warnings, ChartLoader.load(request.chart()));
    }

    /** With the chart already loaded: pulled from a registry, or loaded once for all of a fleet's releases. */
    static RenderedRelease run(RenderRequest request, PrintWriter warnings, Chart chart) {
        UserValues user = UserValuesReader.read(request.values());
        ReleaseValues.Resolved values = ReleaseValues.resolve(chart, user);
        values.warnings().forEach(warnings::println);
        Release release = new Release(request.release(), request.namespace(), request.kubeVersion(), request.apiVersions());
        KubernetesSchemaCheck.prepareInBackground();
        // The values are checked while the templates render (on the time limit's thread, which this one would only
        // wait for); problems with the values are reported instead of whatever the render made of them.
        RenderClock clock = new RenderClock(request.timeout());
        TimeLimit<List<RenderedTemplate>> rendering = TimeLimit.start(request.timeout().plus(TimeLimit.GRACE),
                () -> (clock.where().isEmpty() ? chart.displayRoot() : clock.where()) + ": " + clock.limitReached(),
                () -> clock.run(() -> ReleaseRenderer.renderAll(values.root(), release)));
        try {
            List<String> problems = request.checkSchema() ? ReleaseSchemaCheck.problems(values.root(), user) : List.of();
            if (!problems.isEmpty()) {
                throw new InputException(String.join("\n", problems));
            }
        } catch (RuntimeException e) {
            rendering.cancel();
            throw e;
        }
        List<RenderedTemplate> templates = rendering.result();
        List<ManifestDocument> documents = new ArrayList<>();
        for (RenderedTemplate template : templates) {
            for (ManifestDocument document : ManifestSplitter.split(template.source(), template.file(), template.text())) {
                KubernetesSchemaCheck.check(document);
                documents.add(document);
            }
        }
        List<ManifestDocument> sorted = InstallOrder.sort(documents);
        return new RenderedRelease(chart.name(), ShowOnly.filter(sorted, request.showOnly(), chart.name()), values.root());
    }
}
