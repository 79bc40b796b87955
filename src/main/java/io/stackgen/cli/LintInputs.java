package io.stackgen.cli;

import io.stackgen.chart.BuiltinCharts;
import io.stackgen.common.InputException;
import io.stackgen.common.InputFiles;
import io.stackgen.lint.LintSet;
import io.stackgen.manifest.ManifestObject;
import io.stackgen.manifest.ManifestReader;
import io.stackgen.render.Release;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns lint's INPUT arguments into the sets to lint. An input is a manifest file, a directory of them (every
 * *.yaml, *.yml and *.json below it, sorted, hidden entries skipped), {@code -} for standard input, or a chart (a
 * directory holding Chart.yaml, or a built-in chart's name).
 *
 * <p>Each {@code --values} file is one values set: the charts are rendered with it (on top of the {@code -f} files)
 * and linted as a set of their own, together with the plain manifests, so that one environment never sees another's
 * objects. A rendered chart's objects are in a "file" named {@code CHART[values: FILE]} (without {@code --values}:
 * the {@code -f} files, comma-separated, or {@code CHART[rendered]} when there are none), positioned by line in
 * the stream that {@code stackgen render} prints for the same values, with the template each came from.
 */
final class LintInputs {
    static final String STDIN = "-";
    static final String STDIN_NAME = "<stdin>";

    /**
     * How charts are rendered.
     *
     * @param layers    {@code -f} files, for every values set
     * @param valueSets {@code --values} files, one render each
     */
    record ChartOptions(List<String> layers, List<String> valueSets, SetOptions set, String release, String namespace) {
        boolean givesValues() {
            return !layers.isEmpty() || !valueSets.isEmpty() || !set.isEmpty();
        }
    }

    private sealed interface Input permits Manifests, ChartInput {
    }

    private record Manifests(List<ManifestObject> objects) implements Input {
    }

    private record ChartInput(String ref) implements Input {
    }

    private record ValuesSet(String label, ValuesOptions values) {
    }

    private LintInputs() {
    }

    static List<LintSet> read(List<String> args, ChartOptions charts, PrintWriter warnings) {
        if (args.isEmpty()) {
            throw new InputException("no input: name manifest files, directories, '-' (standard input) or a chart");
        }
        checkStdinReadOnce(args, charts);
        List<Input> inputs = args.stream().map(LintInputs::input).toList();
        long chartCount = inputs.stream().filter(ChartInput.class::isInstance).count();
        if (charts.givesValues() && chartCount == 0) {
            throw new InputException("-f, --values and --set apply to charts, and no input is a chart");
        }
        if (chartCount > 1 && readsStdin(charts)) {
            throw new InputException("'-' (standard input) can be read only once, and there are several charts to render");
        }
        List<LintSet> sets = new ArrayList<>();
        for (ValuesSet valuesSet : valuesSets(charts)) {
            LintSet.Builder set = LintSet.builder();
            for (Input input : inputs) {
                List<ManifestObject> objects = input instanceof Manifests m ? m.objects()
                        : render(((ChartInput) input).ref(), valuesSet, charts, warnings);
                set.add(objects, charts.namespace());
            }
            sets.add(set.build());
        }
        return sets;
    }

    private static Input input(String arg) {
        if (arg.equals(STDIN)) {
            return new Manifests(notEmpty(STDIN_NAME, ManifestReader.read(STDIN_NAME, InputFiles.utf8(STDIN_NAME, readStdin()))));
        }
        Path path = Path.of(arg);
        if (Files.isRegularFile(path)) {
            return new Manifests(notEmpty(arg, read(path, arg)));
        }
        if (Files.isDirectory(path)) {
            return Files.isRegularFile(path.resolve("Chart.yaml")) ? new ChartInput(stripSlash(arg))
                    : new Manifests(notEmpty(arg, directory(path)));
        }
        if (BuiltinCharts.isBuiltin(arg)) {
            return new ChartInput(arg);
        }
        throw new InputException(arg + ": no such file or directory, and not a built-in chart ("
                + String.join(", ", BuiltinCharts.NAMES) + ")");
    }

    private static List<ManifestObject> directory(Path dir) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
                    return !folder.equals(dir) && hidden(folder) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (!hidden(file) && isManifestName(file) && Files.isRegularFile(file)) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new InputException(dir + ": cannot list: " + e.getMessage());
        }
        files.sort(null);
        // Read at the same time; the error reported is still the first in file order, whichever thread met it.
        List<FileRead> reads = files.parallelStream().map(FileRead::of).toList();
        List<ManifestObject> objects = new ArrayList<>();
        for (FileRead read : reads) {
            if (read.error() != null) {
                throw read.error();
            }
            objects.addAll(read.objects());
        }
        return objects;
    }

    private record FileRead(List<ManifestObject> objects, InputException error) {
        static FileRead of(Path file) {
            try {
                return new FileRead(read(file, file.normalize().toString()), null);
            } catch (InputException e) {
                return new FileRead(List.of(), e);
            }
        }
    }

    private static boolean hidden(Path entry) {
        return entry.getFileName().toString().startsWith(".");
    }

    private static boolean isManifestName(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    /** One set per --values file, else one set of the -f files; labels always say the objects were rendered. */
    private static List<ValuesSet> valuesSets(ChartOptions charts) {
        if (charts.valueSets().isEmpty()) {
            String label = charts.layers().isEmpty() ? "[rendered]"
                    : "[values: " + String.join(", ", charts.layers().stream().map(LintInputs::displayValues).toList()) + "]";
            return List.of(new ValuesSet(label, ValuesOptions.of(charts.layers(), charts.set())));
        }
        return charts.valueSets().stream().map(file -> {
            List<String> files = new ArrayList<>(charts.layers());
            files.add(file);
            return new ValuesSet("[values: " + displayValues(file) + "]", ValuesOptions.of(files, charts.set()));
        }).toList();
    }

    private static String displayValues(String file) {
        return file.equals(STDIN) ? STDIN_NAME : file;
    }

    private static List<ManifestObject> render(String chart, ValuesSet valuesSet, ChartOptions charts, PrintWriter warnings) {
        RenderRequest request = new RenderRequest(chart, charts.release(), charts.namespace(), Release.DEFAULT_KUBE_VERSION,
                List.of(), valuesSet.values(), List.of(), true, Duration.ofSeconds(30));
        RenderedRelease rendered = ReleasePipeline.run(request, warnings);
        return ManifestFormatter.objects(chart + valuesSet.label(), rendered.documents());
    }

    /** Standard input holds one thing: manifests, or one values file read once. */
    private static void checkStdinReadOnce(List<String> args, ChartOptions charts) {
        long uses = Stream.of(args, charts.layers(), charts.valueSets()).flatMap(List::stream).filter(STDIN::equals).count();
        boolean layerReadPerSet = charts.layers().contains(STDIN) && charts.valueSets().size() > 1;
        if (uses > 1 || layerReadPerSet) {
            throw new InputException("'-' (standard input) can be read only once: use it for one input or one values file");
        }
    }

    private static boolean readsStdin(ChartOptions charts) {
        return charts.layers().contains(STDIN) || charts.valueSets().contains(STDIN);
    }

    private static String stripSlash(String ref) {
        return ref.length() > 1 && ref.endsWith("/") ? ref.substring(0, ref.length() - 1) : ref;
    }

    private static List<ManifestObject> read(Path file, String display) {
        return ManifestReader.read(display, InputFiles.utf8(display, InputFiles.read(file, display, "lint input", ManifestReader.MAX_BYTES)));
    }

    private static byte[] readStdin() {
        try {
            return InputFiles.read(System.in, STDIN_NAME, "lint input", ManifestReader.MAX_BYTES);
        } catch (IOException e) {
            throw new InputException(STDIN_NAME + ": cannot read: " + e.getMessage());
        }
    }

    /**
     * A file, directory or standard input named as lint input that holds no object is refused: it is what a failed
     * {@code helm template ... | stackgen lint -} hands on, and "no findings" would hide that failure.
     */
    private static List<ManifestObject> notEmpty(String display, List<ManifestObject> objects) {
        if (objects.isEmpty()) {
            throw new InputException(display + ": no Kubernetes objects to lint (the input is empty)");
        }
        return objects;
    }
}
