package io.stackgen.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One chart of a release, with the values its templates see.
 *
 * @param path       the keys from the release's values down to this chart's ({@code []} for the root chart)
 * @param sourceRoot where its templates sit in Helm's source names: {@code umbrella} or
 *                   {@code umbrella/charts/<key>} (nested: {@code …/charts/<key>/charts/<key>})
 * @param handed     root keys the chart gets without declaring them: {@code global}, and the parent's
 *                   condition key (such as {@code enabled}) for a subchart
 * @param subcharts  the enabled subcharts, in Chart.yaml order
 */
public record ChartScope(Chart chart, List<String> path, String sourceRoot, Map<String, Object> values,
                         Set<String> handed, List<ChartScope> subcharts) {

    /** This chart and every chart below it, parents before children. */
    public List<ChartScope> all() {
        List<ChartScope> out = new ArrayList<>();
        out.add(this);
        subcharts.forEach(s -> out.addAll(s.all()));
        return out;
    }
}
