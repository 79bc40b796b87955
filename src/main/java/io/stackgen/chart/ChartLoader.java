package io.stackgen.chart;

import io.stackgen.common.InputException;
import io.stackgen.common.InputFiles;
import io.stackgen.values.ValuesFile;
import io.stackgen.values.ValuesLayer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Loads a chart from a directory, or a built-in chart by name. */
public final class ChartLoader {
    /**
     * A chart folder holding this folder renders with the template library in it instead of the one built
     * into stackgen: a packaged source chart ({@code stackgen package --source}) carries its own, so it
     * renders the same wherever it is unpacked.
     */
    public static final String LIBRARY_DIR = "library";
    /** Chart.yaml, values.yaml, values.schema.json: Helm's loader refuses a chart file over 5 MiB by default too. */
    public static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

    private ChartLoader() {
    }

    /** {@code ref} is a built-in chart name or a path to a chart directory. */
    public static Chart load(String ref) {
        Path asPath = Path.of(ref);
        if (Files.isDirectory(asPath)) {
            return load(asPath, ref.endsWith("/") ? ref.substring(0, ref.length() - 1) : ref);
        }
        if (BuiltinCharts.isBuiltin(ref)) {
            return load(BuiltinCharts.chart(ref), ref);
        }
        if (Files.exists(asPath)) {
            throw new InputException(ref + ": not a chart directory");
        }
        throw new InputException("no chart '" + ref + "': not a directory, and not a built-in chart ("
                + String.join(", ", BuiltinCharts.NAMES) + ")");
    }

    public static Chart load(Path root, String displayRoot) {
        return load(root, displayRoot, List.of());
    }

    /** {@code ancestry}: the charts whose dependencies are being loaded, outermost first. */
    static Chart load(Path root, String displayRoot, List<DependencyResolver.Loading> ancestry) {
        Path chartYaml = root.resolve("Chart.yaml");
        if (!Files.isRegularFile(chartYaml)) {
            throw new InputException(displayRoot + ": not a chart (no Chart.yaml)");
        }
        ChartMetadata metadata = ChartMetadata.parse(displayRoot + "/Chart.yaml", chartFile(chartYaml, displayRoot + "/Chart.yaml"));
        Path valuesYaml = root.resolve("values.yaml");
        ValuesLayer defaults = ValuesFile.parse(displayRoot + "/values.yaml",
                Files.exists(valuesYaml) ? chartFile(valuesYaml, displayRoot + "/values.yaml") : "");
        Path schema = root.resolve("values.schema.json");
        Optional<String> schemaJson = Files.exists(schema)
                ? Optional.of(chartFile(schema, displayRoot + "/values.schema.json"))
                : Optional.empty();
        List<DependencyResolver.Loading> withThis = new ArrayList<>(ancestry);
        withThis.add(new DependencyResolver.Loading(DependencyResolver.identity(root), metadata.name()));
        List<Subchart> subcharts = DependencyResolver.resolve(root, displayRoot, metadata, List.copyOf(withThis));
        Path library = root.resolve(LIBRARY_DIR);
        return new Chart(metadata, root, displayRoot, defaults, schemaJson, templates(root, displayRoot),
                Files.isDirectory(library) ? library : BuiltinCharts.library(), subcharts);
    }

    private static List<String> templates(Path root, String displayRoot) {
        return relativeFiles(root.resolve("templates"), displayRoot + "/templates").stream()
                .filter(p -> p.endsWith(".j2"))
                .toList();
    }

    /** One of the chart's own files, as strict UTF-8. */
    private static String chartFile(Path file, String display) {
        return InputFiles.utf8(display, InputFiles.read(file, display, "chart file", MAX_FILE_BYTES));
    }

    static String read(Path file, String display) {
        return new String(readBytes(file, display), java.nio.charset.StandardCharsets.UTF_8);
    }

    static byte[] readBytes(Path file, String display) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(display + ": no such file");
        } catch (IOException e) {
            throw new InputException(display + ": cannot read: " + e.getMessage());
        }
    }

    /** Files under {@code files/}, as paths relative to it, sorted. */
    public static List<String> fileNames(Chart chart) {
        return relativeFiles(chart.filesDir(), chart.display("files"));
    }

    /**
     * Regular files below {@code dir} as '/'-separated paths relative to it, sorted; none if it is absent. A symbolic
     * link that leads out of the chart is an error: a chart from a registry must not read the machine's files.
     */
    private static List<String> relativeFiles(Path dir, String display) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            Path chartRoot = dir.getParent().toRealPath();
            return walk.filter(Files::isRegularFile)
                    .peek(p -> confine(p, chartRoot, display + "/" + dir.relativize(p)))
                    .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new InputException(display + ": cannot list files: " + e.getMessage());
        }
    }

    private static void confine(Path file, Path chartRoot, String display) {
        try {
            if (!file.toRealPath().startsWith(chartRoot)) {
                throw new InputException(display + ": a symbolic link that leads outside the chart");
            }
        } catch (IOException e) {
            throw new InputException(display + ": cannot read: " + e.getMessage());
        }
    }

    public static String readFile(Chart chart, String relative) {
        return read(chart.filesDir().resolve(relative), chart.display("files/" + relative));
    }
}
