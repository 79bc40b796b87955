package io.stackgen.cli;

import io.stackgen.common.DirectorySwap;
import io.stackgen.common.InputException;
import io.stackgen.manifest.ManifestDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one file per template under {@code DIR/<chart>/templates/}, as {@code helm template --output-dir}
 * does. The whole tree is staged beside its target and swapped in with renames ({@link DirectorySwap}), so
 * a failure or an interruption leaves the previous output untouched and a reader never sees a half-written tree.
 */
final class OutputDirWriter {
    private OutputDirWriter() {
    }

    static void write(Path outputDir, String chartName, List<ManifestDocument> documents) {
        try (DirectorySwap swap = DirectorySwap.in(outputDir)) {
            writeChart(swap, chartName, chartName, documents);
            swap.swapIn(List.of(chartName));
        } catch (IOException e) {
            throw new InputException(outputDir + ": cannot write output: " + e.getMessage());
        }
    }

    /** The chart's files, one per template, staged under {@code folder} (what becomes {@code DIR/<folder>}). */
    static void writeChart(DirectorySwap swap, String folder, String chartName, List<ManifestDocument> documents)
            throws IOException {
        Map<String, List<ManifestDocument>> bySource = new LinkedHashMap<>();
        documents.forEach(d -> bySource.computeIfAbsent(d.source(), s -> new ArrayList<>()).add(d));
        for (Map.Entry<String, List<ManifestDocument>> entry : bySource.entrySet()) {
            swap.write(folder + "/" + entry.getKey().substring(chartName.length() + 1),
                    ManifestFormatter.format(entry.getValue()).getBytes(StandardCharsets.UTF_8));
        }
    }
}
