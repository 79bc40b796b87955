package io.stackgen.chart;

/**
 * A chart installed by its parent through a Chart.yaml dependency (or found in the parent's
 * {@code charts/} folder without one).
 *
 * @param chart the loaded chart, already renamed to the dependency's alias if it has one
 */
public record Subchart(Dependency dependency, Chart chart) {

    /** The key of its values in the parent's values, and its folder name in source paths. */
    public String key() {
        return dependency.key();
    }
}
