package io.stackgen.chart;

import io.stackgen.values.SubchartValues;
import io.stackgen.values.UserValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a value of a release came from, for messages: the user's file or flag if they set it, else the
 * values.yaml of the chart that supplied it. A subchart's value may come from the user (under the
 * subchart's key), from a parent's values.yaml, or from its own, in that order of precedence; a
 * subchart's {@code global.*} may also come from any parent's {@code global}, the outermost winning.
 */
final class ValueOrigins {
    private final UserValues user;

    ValueOrigins(UserValues user) {
        this.user = user;
    }

    /**
     * @param lineage  the root chart down to the chart whose values hold the path
     * @param fullPath the path from the release root; it starts with that chart's keys
     */
    Optional<String> of(List<Chart> lineage, List<Object> fullPath) {
        int depth = lineage.size() - 1;
        List<Object> relative = fullPath.subList(Math.min(depth, fullPath.size()), fullPath.size());
        if (!relative.isEmpty() && SubchartValues.GLOBAL.equals(relative.get(0))) {
            for (int level = 0; level < depth; level++) {
                List<Object> atLevel = new ArrayList<>(fullPath.subList(0, level));
                atLevel.addAll(relative);
                Optional<String> origin = inScope(lineage, level, atLevel);
                if (origin.isPresent()) {
                    return origin;
                }
            }
        }
        return inScope(lineage, depth, fullPath);
    }

    private Optional<String> inScope(List<Chart> lineage, int depth, List<Object> fullPath) {
        Optional<String> fromUser = user.originOf(fullPath);
        if (fromUser.isPresent()) {
            return fromUser;
        }
        for (int level = 0; level <= depth && level <= fullPath.size(); level++) {
            Optional<String> fromChart = lineage.get(level).defaults().originOf(fullPath.subList(level, fullPath.size()));
            if (fromChart.isPresent()) {
                return fromChart.map(o -> o + " (chart default)");
            }
        }
        return Optional.empty();
    }
}
