package io.stackgen.chart;

import io.stackgen.values.ValuesLayer;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A loaded chart: its metadata, default values (with their positions in values.yaml), the values
 * schema, and where its templates, files and the shared template library are.
 *
 * @param displayRoot how file names of this chart appear in messages ({@code charts/x} or the built-in name)
 * @param templates   template paths relative to {@code templates/}, sorted, partials included
 * @param subcharts   its dependencies in Chart.yaml order, then unlisted charts found in {@code charts/}
 */
public record Chart(ChartMetadata metadata, Path root, String displayRoot, ValuesLayer defaults,
                    Optional<String> schemaJson, List<String> templates, Path library, List<Subchart> subcharts) {

    public String name() {
        return metadata.name();
    }

    /** This chart installed under another name (a dependency's alias): its chart.name and values key. */
    Chart renamed(String alias) {
        return new Chart(metadata.withName(alias), root, displayRoot, defaults, schemaJson, templates, library,
                subcharts);
    }

    public Path templatesDir() {
        return root.resolve("templates");
    }

    public Path filesDir() {
        return root.resolve("files");
    }

    public String display(String relative) {
        return displayRoot + "/" + relative;
    }
}
