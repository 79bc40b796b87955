package io.stackgen.packaging;

import io.stackgen.chart.Chart;
import io.stackgen.chart.ChartLoader;
import io.stackgen.chart.ChartMetadata;
import io.stackgen.chart.Subchart;
import io.stackgen.common.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A stackgen chart as it is, made self-contained: its files (hidden ones left out), the template
 * library it renders with in {@code library/}, and every subchart in {@code charts/<folder>/}, each
 * with its own library, whether it was there already or reached through a {@code file://} repository.
 * The dependency list in Chart.yaml is kept as written: stackgen (like Helm) takes a dependency from
 * {@code charts/} before it looks at its repository.
 */
public final class SourceChartPackager {
    private static final Pattern VERSION_LINE = Pattern.compile("(?m)^version:[^\\n]*$");

    private final Map<String, byte[]> files = new TreeMap<>();

    private SourceChartPackager() {
    }

    /** @param version the chart version to write into Chart.yaml, or null to keep the chart's */
    public static PackagedChart pack(Chart chart, String version, Instant time) {
        SourceChartPackager packager = new SourceChartPackager();
        packager.addChart(chart, "");
        String finalVersion = chart.metadata().version();
        if (version != null) {
            ChartMetadata.checkVersion("--version", version);
            packager.files.put("Chart.yaml", withVersion(chart, packager.files.get("Chart.yaml"), version));
            finalVersion = version;
        }
        byte[] bytes = TarGzWriter.write(chart.metadata().name(), packager.files, time);
        return new PackagedChart(ChartArchive.Kind.STACKGEN_SOURCE, chart.metadata().name(), finalVersion, bytes);
    }

    private void addChart(Chart chart, String dir) {
        for (String file : chartFiles(chart.root(), chart.displayRoot())) {
            String top = file.contains("/") ? file.substring(0, file.indexOf('/')) : "";
            if (!top.equals("charts") && !top.equals(ChartLoader.LIBRARY_DIR)) {
                files.put(dir + file, read(chart.root().resolve(file), chart.display(file)));
            }
        }
        for (String file : chartFiles(chart.library(), "the template library")) {
            files.put(dir + ChartLoader.LIBRARY_DIR + "/" + file, read(chart.library().resolve(file), "library/" + file));
        }
        Map<String, Path> folders = new HashMap<>();
        for (Subchart subchart : chart.subcharts()) {
            Path root = subchart.chart().root();
            String folder = root.getParent() != null && root.getParent().equals(chart.root().resolve("charts"))
                    ? root.getFileName().toString()
                    : subchart.dependency().name();
            Path earlier = folders.putIfAbsent(folder, root);
            if (earlier == null) {
                addChart(subchart.chart(), dir + "charts/" + folder + "/");
            } else if (!earlier.equals(root)) {
                throw new InputException(chart.display("Chart.yaml") + ": two different charts would be packaged as charts/"
                        + folder + "/ (" + earlier + " and " + root + ")");
            }
        }
    }

    /** Regular files below {@code root}, '/'-separated and sorted; hidden files and folders are left out. */
    private static List<String> chartFiles(Path root, String display) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> !p.equals(root))
                    .filter(p -> Stream.of(relative(root, p).split("/")).noneMatch(part -> part.startsWith(".")))
                    .map(p -> {
                        if (Files.isSymbolicLink(p)) {
                            throw new InputException(display + "/" + relative(root, p)
                                    + ": a symbolic link; a packaged chart holds only regular files");
                        }
                        return p;
                    })
                    .filter(Files::isRegularFile)
                    .map(p -> relative(root, p))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new InputException(display + ": cannot list files: " + e.getMessage());
        }
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static byte[] read(Path file, String display) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(display + ": cannot read: " + e.getMessage());
        }
    }

    private static byte[] withVersion(Chart chart, byte[] chartYaml, String version) {
        String text = new String(chartYaml, StandardCharsets.UTF_8);
        Matcher line = VERSION_LINE.matcher(text);
        if (!line.find()) {
            throw new InputException(chart.display("Chart.yaml") + ": no top-level 'version:' line for --version to replace");
        }
        String changed = line.replaceFirst(Matcher.quoteReplacement("version: " + version));
        ChartMetadata.parse(chart.display("Chart.yaml") + " (with --version " + version + ")", changed);
        return changed.getBytes(StandardCharsets.UTF_8);
    }
}
