package io.stackgen.render;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.LegacyOverrides;
import com.hubspot.jinjava.lib.fn.ELFunctionDefinition;
import io.stackgen.render.filters.HelmFilters;
import java.nio.file.Path;

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

    static Jinjava create(Path templates, Path library) {
        JinjavaConfig config = JinjavaConfig.newBuilder()
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
