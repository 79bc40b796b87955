package io.stackgen.chart;

import io.stackgen.common.InputException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds and loads the charts a chart depends on. Like Helm, a chart folder under {@code charts/} is
 * used when its Chart.yaml name matches (and charts there that no dependency names are installed
 * too); otherwise a {@code file://} repository is read relative to the chart, which is how the
 * built-in umbrella reaches its sibling charts. Versions must satisfy the dependency's constraint.
 */
final class DependencyResolver {
    /** A chart being loaded, outermost first, to catch a chart that depends on itself. */
    record Loading(Object identity, String name) {
    }

    private final Path root;
    private final String display;
    private final String chartYaml;
    private final List<Loading> ancestry;

    private DependencyResolver(Path root, String display, List<Loading> ancestry) {
        this.root = root;
        this.display = display;
        this.chartYaml = display + "/Chart.yaml";
        this.ancestry = ancestry;
    }

    /** {@code ancestry} ends with the chart at {@code root} itself. */
    static List<Subchart> resolve(Path root, String display, ChartMetadata metadata, List<Loading> ancestry) {
        return new DependencyResolver(root, display, ancestry).resolve(metadata.dependencies());
    }

    static Object identity(Path root) {
        if (root.getFileSystem() == FileSystems.getDefault()) {
            try {
                return root.toRealPath();
            } catch (IOException e) {
                // fall through: an unreadable folder is reported when it is loaded
            }
        }
        return root.toAbsolutePath().normalize();
    }

    private List<Subchart> resolve(List<Dependency> dependencies) {
        List<Chart> vendored = vendored();
        List<Subchart> out = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (Dependency dependency : dependencies) {
            Chart chart = find(dependency, vendored);
            out.add(new Subchart(dependency, dependency.alias() == null ? chart : chart.renamed(dependency.alias())));
            keys.add(dependency.key());
        }
        Set<String> named = dependencies.stream().map(Dependency::name).collect(Collectors.toSet());
        for (Chart chart : vendored) {
            if (!named.contains(chart.name())) {
                if (!keys.add(chart.name())) {
                    throw new InputException(chartYaml + ": " + chart.displayRoot() + " is installed as '"
                            + chart.name() + "', which a dependency's alias already uses");
                }
                out.add(new Subchart(new Dependency(chart.name(), null, null, null, null, List.of()), chart));
            }
        }
        return List.copyOf(out);
    }

    private Chart find(Dependency dependency, List<Chart> vendored) {
        List<Chart> sameName = vendored.stream().filter(c -> c.name().equals(dependency.name())).toList();
        if (!sameName.isEmpty()) {
            return sameName.stream()
                    .filter(c -> versionFits(dependency, c))
                    .findFirst()
                    .orElseThrow(() -> versionMismatch(dependency, sameName.get(0)));
        }
        String repository = dependency.repository() == null ? "" : dependency.repository();
        if (!repository.startsWith("file://")) {
            throw new InputException(chartYaml + ": dependency '" + dependency.name() + "' not found: no chart named '"
                    + dependency.name() + "' in " + display + "/charts/"
                    + (repository.isEmpty() ? " and no repository" : " and " + repository + " is not a file:// path")
                    + packagedHint(dependency.name()));
        }
        String relative = repository.substring("file://".length());
        Path dir = root.resolve(relative).normalize();
        String dirDisplay = Path.of(display).resolve(relative).normalize().toString().replace('\\', '/');
        if (!Files.isRegularFile(dir.resolve("Chart.yaml"))) {
            throw new InputException(chartYaml + ": dependency '" + dependency.name() + "' not found: " + repository
                    + " (" + dirDisplay + ") has no Chart.yaml");
        }
        checkNotCircular(dependency, dir);
        Chart chart = ChartLoader.load(dir, dirDisplay, ancestry);
        if (!chart.name().equals(dependency.name())) {
            throw new InputException(chartYaml + ": dependency '" + dependency.name() + "': " + repository
                    + " holds chart '" + chart.name() + "'");
        }
        if (!versionFits(dependency, chart)) {
            throw versionMismatch(dependency, chart);
        }
        return chart;
    }

    /** Charts unpacked under {@code charts/}, by folder name. */
    private List<Chart> vendored() {
        Path charts = root.resolve("charts");
        if (!Files.isDirectory(charts)) {
            return List.of();
        }
        List<Path> dirs = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(charts, Files::isDirectory)) {
            entries.forEach(dirs::add);
        } catch (IOException e) {
            throw new InputException(display + "/charts: cannot list: " + e.getMessage());
        }
        dirs.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        List<Chart> out = new ArrayList<>();
        for (Path dir : dirs) {
            if (Files.isRegularFile(dir.resolve("Chart.yaml"))) {
                String dirDisplay = display + "/charts/" + dir.getFileName();
                checkNotCircular(null, dir);
                out.add(ChartLoader.load(dir, dirDisplay, ancestry));
            }
        }
        return out;
    }

    private void checkNotCircular(Dependency dependency, Path dir) {
        Object identity = identity(dir);
        for (int i = 0; i < ancestry.size(); i++) {
            if (ancestry.get(i).identity().equals(identity)) {
                List<String> loop = new ArrayList<>();
                ancestry.subList(i, ancestry.size()).forEach(l -> loop.add(l.name()));
                loop.add(ancestry.get(i).name());
                String what = dependency == null ? dir.getFileName() + " in charts/" : "dependency '" + dependency.name() + "'";
                throw new InputException(chartYaml + ": " + what + " is circular: " + String.join(" -> ", loop));
            }
        }
    }

    private static boolean versionFits(Dependency dependency, Chart chart) {
        return dependency.version() == null
                || VersionConstraint.parse(dependency.name(), dependency.version()).allows(chart.metadata().version());
    }

    private InputException versionMismatch(Dependency dependency, Chart chart) {
        return new InputException(chartYaml + ": dependency '" + dependency.name() + "' needs version "
                + dependency.version() + ", but " + chart.displayRoot() + " is version " + chart.metadata().version());
    }

    private String packagedHint(String name) {
        Path charts = root.resolve("charts");
        if (!Files.isDirectory(charts)) {
            return "";
        }
        try (DirectoryStream<Path> archives = Files.newDirectoryStream(charts, name + "-*.tgz")) {
            for (Path archive : archives) {
                return " (" + display + "/charts/" + archive.getFileName()
                        + " is a packaged chart, which stackgen does not read: unpack it into " + display + "/charts/" + name + "/)";
            }
        } catch (IOException e) {
            return "";
        }
        return "";
    }
}
