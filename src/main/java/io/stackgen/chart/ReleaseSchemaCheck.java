package io.stackgen.chart;

import io.stackgen.values.UserValues;
import io.stackgen.values.ValuesSchema;
import java.util.ArrayList;
import java.util.List;

/**
 * Every chart's values.schema.json checked against that chart's values: the root chart's on the whole
 * tree, each subchart's on its own scope, where the keys it is handed ({@code global}, its condition
 * key) are accepted unless its schema declares them. Problems name the full path as the user writes it
 * ({@code linera-validator.shards.replicas}) and where the value came from.
 */
public final class ReleaseSchemaCheck {
    private ReleaseSchemaCheck() {
    }

    /** One line per problem; empty when every chart accepts its values. */
    public static List<String> problems(ChartScope root, UserValues user) {
        List<String> out = new ArrayList<>();
        check(root, List.of(), new ValueOrigins(user), out);
        return out;
    }

    private static void check(ChartScope scope, List<Chart> parents, ValueOrigins origins, List<String> out) {
        List<Chart> lineage = new ArrayList<>(parents);
        lineage.add(scope.chart());
        scope.chart().schemaJson().ifPresent(json -> {
            ValuesSchema schema = ValuesSchema.parse(scope.chart().display("values.schema.json"), json);
            out.addAll(schema.check(scope.values(), scope.path(), scope.handed(), path -> origins.of(lineage, path)));
        });
        for (ChartScope child : scope.subcharts()) {
            check(child, List.copyOf(lineage), origins, out);
        }
    }
}
