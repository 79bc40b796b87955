package io.stackgen.cli;

import io.stackgen.chart.Chart;
import io.stackgen.chart.ChartLoader;
import io.stackgen.common.InputException;
import io.stackgen.oci.ChartKind;
import io.stackgen.oci.OciReference;
import io.stackgen.oci.RegistrySettings;
import io.stackgen.packaging.ChartArchive;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A stackgen source chart pulled from a registry and unpacked into a temporary folder, removed on close. */
final class PulledSourceChart implements AutoCloseable {
    private final Path temp;
    private final Chart chart;

    private PulledSourceChart(Path temp, Chart chart) {
        this.temp = temp;
        this.chart = chart;
    }

    static PulledSourceChart pull(OciReference reference, RegistrySettings settings) {
        OciCharts.Fetched fetched = OciCharts.fetch(reference, settings);
        if (fetched.pulled().kind() != ChartKind.STACKGEN_SOURCE) {
            throw new InputException(reference + ": is a " + fetched.pulled().kind().label() + " ("
                    + fetched.pulled().kind().configMediaType() + "), not a stackgen source chart: render it with "
                    + "'helm template oci://" + reference.host() + "/" + reference.repository() + "', or push the chart's "
                    + "sources ('stackgen package --source')");
        }
        ChartArchive archive = fetched.chart();
        Path temp;
        try {
            temp = Files.createTempDirectory("stackgen-oci-");
        } catch (IOException e) {
            throw new InputException("cannot create a temporary folder for " + reference + ": " + e.getMessage());
        }
        try {
            Path root = archive.extractTo(temp);
            return new PulledSourceChart(temp, ChartLoader.load(root, reference.toString()));
        } catch (RuntimeException e) {
            delete(temp);
            throw e;
        }
    }

    Chart chart() {
        return chart;
    }

    @Override
    public void close() {
        delete(temp);
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // a leftover temporary folder is harmless; the render's result does not depend on it
        }
    }
}
