package io.stackgen.render;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.LegacyOverrides;
import com.hubspot.jinjava.lib.fn.ELFunctionDefinition;
import io.stackgen.render.filters.HelmFilters;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Jinjava set up for YAML: trim and lstrip blocks, map iteration over keys,
 * no re-evaluation of template syntax found in values, bounded output, ranges, collections and
 * include depth, and template loading confined to the chart and the shared library.
 */
final class TemplateEngine {
    static final long MAX_OUTPUT_BYTES = 16L * 1024 * 1024;
    static final int MAX_COLLECTION_SIZE = 100_000;

    private TemplateEngine() {
    }

    /** Engines by chart: a fleet renders many releases of a few charts. Bounded, as tests make charts by the hundred. */
    private static final Map<List<Path>, Jinjava> ENGINES = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Path>, Jinjava> eldest) {
            return size() > 32;
        }
    });

    /**
     * The engine for a chart, shared by every render of it on every thread: it holds configuration, the parsed
     * templates and expressions (by their text), and no state of any render.
     */
    static Jinjava forChart(Path templates, Path library) {
        return ENGINES.computeIfAbsent(List.of(templates, library), key -> create(templates, library));
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
                .withRangeLimit(10_000)
                .withMaxRenderDepth(20)
                .withEnableRecursiveMacroCalls(false)
                .withLegacyOverrides(LegacyOverrides.newBuilder()
                        .withIterateOverMapKeys(true)
                        .withUseTrimmingForNotesAndExpressions(true)
                        .build())
                .build();
        Jinjava jinjava = new Jinjava(config);
        HelmFilters.all().forEach(jinjava.getGlobalContext()::registerFilter);
        jinjava.getGlobalContext().registerFunction(
                new ELFunctionDefinition("", "fail", TemplateFunctions.class, "fail", String.class));
        jinjava.setResourceLocator(new ChartResourceLocator(templates, library));
        return jinjava;
    }
}
