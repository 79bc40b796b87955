package io.stackgen.render;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.LegacyOverrides;
import com.hubspot.jinjava.el.JinjavaProcessors;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.fn.ELFunctionDefinition;
import com.hubspot.jinjava.tree.Node;
import io.stackgen.chart.Chart;
import io.stackgen.render.filters.HelmFilters;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Jinjava set up for YAML: trim and lstrip blocks, map iteration over keys,
 * no re-evaluation of template syntax found in values (no nested interpretation, no {@code render} filter),
 * bounded output, ranges, collections, include depth and render time, no Java beyond {@link AllowlistResolver},
 * and template loading confined to the chart and the shared library.
 */
final class TemplateEngine {
    static final long MAX_OUTPUT_BYTES = 16L * 1024 * 1024;
    static final int MAX_COLLECTION_SIZE = 100_000;
    static final String STOPPED = "stopped at the first error";

    /**
     * Engines by loaded chart: every render of a chart, for every release of a fleet and on every thread, shares its
     * engine, which holds configuration, the chart's template files as read once, and their parsed trees — nothing of
     * any one render. A chart loaded again (the next run, the next test) gets a new engine that reads its files
     * afresh. The keys are weak, so an engine lives as long as its chart; two loads of a chart are different keys
     * (a loaded chart's default values are compared by identity).
     */
    private static final Map<Chart, Jinjava> ENGINES = Collections.synchronizedMap(new WeakHashMap<>());

    private TemplateEngine() {
    }

    static Jinjava forChart(Chart chart) {
        return ENGINES.computeIfAbsent(chart, c -> create(c.templatesDir(), c.library()));
    }

    static Jinjava create(Path templates, Path library) {
        JinjavaConfig config = JinjavaConfig.newBuilder()
                .withInterperterFactory(new ParsedTemplates())
                .withTrimBlocks(true)
                .withLstripBlocks(true)
                .withNestedInterpretationEnabled(false)
                .withMaxOutputSize(MAX_OUTPUT_BYTES)
                .withMaxStringLength(MAX_OUTPUT_BYTES)
                .withMaxListSize(MAX_COLLECTION_SIZE)
                .withMaxMapSize(MAX_COLLECTION_SIZE)
                .withRangeLimit(TemplateFunctions.RANGE_LIMIT)
                .withMaxRenderDepth(20)
                .withEnableRecursiveMacroCalls(false)
                // filters are called directly, not looked up by reflection on every call
                .withEnableFilterChainOptimization(true)
                .withElResolver(AllowlistResolver.create())
                .withProcessors(JinjavaProcessors.newBuilder().withNodePreProcessor(TemplateEngine::beforeNode).build())
                .withLegacyOverrides(LegacyOverrides.newBuilder()
                        .withIterateOverMapKeys(true)
                        .withUseTrimmingForNotesAndExpressions(true)
                        .build())
                .build();
        Jinjava jinjava = new Jinjava(config);
        HelmFilters.all().forEach(jinjava.getGlobalContext()::registerFilter);
        RefusedFilter.ALL.forEach(jinjava.getGlobalContext()::registerFilter);
        jinjava.getGlobalContext().registerTag(new SharedImportTag());
        jinjava.getGlobalContext().registerFunction(
                new ELFunctionDefinition("", "fail", TemplateFunctions.class, "fail", String.class));
        jinjava.getGlobalContext().registerFunction(new ELFunctionDefinition("", "range", TemplateFunctions.class,
                "range", Object.class, Object[].class));
        jinjava.setResourceLocator(new ChartResourceLocator(templates, library));
        return jinjava;
    }

    /**
     * Before every node: stop at the first error, which Jinjava would note and render on past (a loop of 10,000
     * repeating it), and at the render time limit.
     */
    private static void beforeNode(Node node, JinjavaInterpreter interpreter) {
        if (interpreter.getLastError().isPresent()) {
            throw new FirstErrorStop(interpreter.getErrors().get(0), node.getLineNumber(), node.getStartPosition());
        }
        RenderClock.tick(node, interpreter);
    }
}
