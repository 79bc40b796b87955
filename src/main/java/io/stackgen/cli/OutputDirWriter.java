package io.stackgen.cli;

import io.stackgen.common.InputException;
import io.stackgen.manifest.ManifestDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes one file per template under {@code DIR/<chart>/templates/}, as {@code helm template --output-dir}
 * does. The whole tree is written to a staging folder beside its target and swapped in with renames, so
 * a failure leaves the previous output untouched and a reader never sees a half-written tree.
 */
final class OutputDirWriter {
    private OutputDirWriter() {
    }

    static void write(Path outputDir, String chartName, List<ManifestDocument> documents) {
        Path target = outputDir.resolve(chartName);
        Path staging = null;
        try {
            Files.createDirectories(outputDir);
            staging = Files.createTempDirectory(outputDir, "." + chartName + ".staging-");
            writeChart(staging, chartName, documents);
            swapIn(staging, target);
            staging = null;
        } catch (IOException e) {
            throw new InputException(outputDir + ": cannot write output: " + e.getMessage());
        } finally {
            if (staging != null) {
                deleteTree(staging);
            }
        }
    }

    /** The chart's files, one per template, into {@code chartDir} (what becomes {@code DIR/<chart>}). */
    static void writeChart(Path chartDir, String chartName, List<ManifestDocument> documents) throws IOException {
        Map<String, List<ManifestDocument>> bySource = new LinkedHashMap<>();
        documents.forEach(d -> bySource.computeIfAbsent(d.source(), s -> new ArrayList<>()).add(d));
        for (Map.Entry<String, List<ManifestDocument>> entry : bySource.entrySet()) {
            Path file = chartDir.resolve(entry.getKey().substring(chartName.length() + 1));
            Files.createDirectories(file.getParent());
            Files.writeString(file, ManifestFormatter.format(entry.getValue()), StandardCharsets.UTF_8);
        }
    }

    private static void swapIn(Path staging, Path target) throws IOException {
        Path previous = null;
        if (Files.exists(target)) {
            previous = target.resolveSibling("." + target.getFileName() + ".previous-" + ProcessHandle.current().pid());
            move(target, previous);
        }
        try {
            move(staging, target);
        } catch (IOException e) {
            if (previous != null) {
                move(previous, target);
            }
            throw e;
        }
        if (previous != null) {
            deleteTree(previous);
        }
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: a leftover staging folder is hidden and harmless
        }
    }
}
