package io.stackgen.chart;

import io.stackgen.common.InputException;
import io.stackgen.values.Coalescer;
import io.stackgen.values.SubchartValues;
import io.stackgen.values.UserValues;
import io.stackgen.values.ValuesPath;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The values of every chart of a release, as Helm computes them: the user's values over the chart's
 * values.yaml; each enabled subchart gets what its parent holds under its key (over the subchart's
 * own values.yaml) with the parent's {@code global} copied in; the parent then sees the subchart's
 * final values under that key. Which subcharts are enabled is decided first, on the values coalesced
 * with all of them (see {@link DependencyConditions}).
 */
public final class ReleaseValues {
    /** The charts to render with their values, and Helm's warnings about the values. */
    public record Resolved(ChartScope root, List<String> warnings) {
    }

    private final UserValues user;
    private final Predicate<List<String>> enabled;
    private final List<String> warnings;

    private ReleaseValues(UserValues user, Predicate<List<String>> enabled, List<String> warnings) {
        this.user = user;
        this.enabled = enabled;
        this.warnings = warnings;
    }

    public static Resolved resolve(Chart chart, UserValues user) {
        ChartScope everything = new ReleaseValues(user, path -> true, new ArrayList<>()).root(chart);
        List<String> conditionWarnings = new ArrayList<>();
        Set<List<String>> enabled = DependencyConditions.enabled(everything, conditionWarnings);
        List<String> warnings = new ArrayList<>();
        ChartScope root = new ReleaseValues(user, enabled::contains, warnings).root(chart);
        warnings.addAll(conditionWarnings);
        return new Resolved(root, List.copyOf(warnings));
    }

    private ChartScope root(Chart chart) {
        return scope(List.of(chart), user.tree(), List.of(), chart.name(), Set.of(SubchartValues.GLOBAL));
    }

    private ChartScope scope(List<Chart> lineage, Map<String, Object> input, List<String> path, String sourceRoot,
                             Set<String> handed) {
        Chart chart = lineage.get(lineage.size() - 1);
        Coalescer.Coalesced coalesced = Coalescer.coalesce(chart.defaults().tree(), input, path);
        warnings.addAll(coalesced.warnings());
        Map<String, Object> values = coalesced.values();
        List<ChartScope> children = new ArrayList<>();
        for (Subchart subchart : chart.subcharts()) {
            List<String> childPath = append(path, subchart.key());
            if (!enabled.test(childPath)) {
                continue;
            }
            Map<String, Object> childInput = SubchartValues.input(subchart.key(), input, chart.defaults().tree())
                    .orElseThrow(() -> notATable(lineage, childPath, subchart));
            SubchartValues.inheritGlobals(childInput, values, childPath, warnings);
            List<Chart> childLineage = new ArrayList<>(lineage);
            childLineage.add(subchart.chart());
            ChartScope child = scope(childLineage, childInput, childPath, sourceRoot + "/charts/" + subchart.key(),
                    handedTo(subchart));
            values.put(subchart.key(), child.values());
            children.add(child);
        }
        return new ChartScope(chart, path, sourceRoot, values, handed, List.copyOf(children));
    }

    /** {@code global}, and {@code enabled} for a condition such as {@code <key>.enabled}. */
    private static Set<String> handedTo(Subchart subchart) {
        Set<String> handed = new LinkedHashSet<>(List.of(SubchartValues.GLOBAL));
        String condition = subchart.dependency().condition();
        if (condition != null) {
            for (String path : condition.split(",")) {
                String own = path.trim();
                if (own.startsWith(subchart.key() + ".") && own.indexOf('.', subchart.key().length() + 1) < 0) {
                    handed.add(own.substring(subchart.key().length() + 1));
                }
            }
        }
        return Set.copyOf(handed);
    }

    private InputException notATable(List<Chart> lineage, List<String> path, Subchart subchart) {
        String origin = new ValueOrigins(user).of(lineage, new ArrayList<>(path)).orElse("values");
        return new InputException(origin + ": " + ValuesPath.render(path)
                + ": must be a map: the values of subchart " + subchart.chart().name()
                + " (" + subchart.chart().displayRoot() + ")");
    }

    private static List<String> append(List<String> path, String key) {
        List<String> out = new ArrayList<>(path);
        out.add(key);
        return List.copyOf(out);
    }
}
