package io.stackgen.cli;

import io.stackgen.chart.Chart;
import io.stackgen.chart.ChartLoader;
import io.stackgen.common.InputException;
import io.stackgen.manifest.InstallOrder;
import io.stackgen.manifest.KubernetesSchemaCheck;
import io.stackgen.manifest.ManifestDocument;
import io.stackgen.manifest.ManifestSplitter;
import io.stackgen.render.Release;
import io.stackgen.render.ReleaseRenderer;
import io.stackgen.render.RenderedTemplate;
import io.stackgen.values.Coalescer;
import io.stackgen.values.UserValues;
import io.stackgen.values.ValuesSchema;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** chart + values → checked values → templates → checked documents in install order. */
final class ReleasePipeline {
    private ReleasePipeline() {
    }

    static RenderedRelease run(RenderRequest request, PrintWriter warnings) {
        Chart chart = ChartLoader.load(request.chart());
        UserValues user = UserValuesReader.read(request.values());
        Coalescer.Coalesced coalesced = Coalescer.coalesce(chart.defaults().tree(), user.tree());
        coalesced.warnings().forEach(warnings::println);
        Map<String, Object> values = coalesced.values();
        if (request.checkSchema()) {
            checkSchema(chart, user, values);
        }
        Release release = new Release(request.release(), request.namespace(), request.kubeVersion(), request.apiVersions());
        List<RenderedTemplate> templates = TimeLimit.run(request.timeout(), chart.displayRoot(),
                () -> new ReleaseRenderer(chart).render(values, release));
        List<ManifestDocument> documents = new ArrayList<>();
        for (RenderedTemplate template : templates) {
            for (ManifestDocument document : ManifestSplitter.split(template.source(), template.file(), template.text())) {
                KubernetesSchemaCheck.check(document);
                documents.add(document);
            }
        }
        List<ManifestDocument> sorted = InstallOrder.sort(documents);
        return new RenderedRelease(chart.name(), ShowOnly.filter(sorted, request.showOnly(), chart.name()));
    }

    private static void checkSchema(Chart chart, UserValues user, Map<String, Object> values) {
        if (chart.schemaJson().isEmpty()) {
            return;
        }
        ValuesSchema schema = ValuesSchema.parse(chart.display("values.schema.json"), chart.schemaJson().get());
        List<String> problems = schema.check(values, path -> origin(chart, user, path));
        if (!problems.isEmpty()) {
            throw new InputException(String.join("\n", problems));
        }
    }

    private static Optional<String> origin(Chart chart, UserValues user, List<Object> path) {
        Optional<String> fromUser = user.originOf(path);
        if (fromUser.isPresent()) {
            return fromUser;
        }
        return chart.defaults().originOf(path).map(o -> o + " (chart default)");
    }
}
