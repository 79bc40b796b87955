package io.stackgen.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.stackgen.values.UserValues;
import io.stackgen.values.ValuesFile;
import io.stackgen.values.ValuesLayer;
import io.stackgen.values.ValuesSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Timeout;

/**
 * A values file's bytes through the loader (strict UTF-8, YAML 1.1 typing, positions), the user-values merge and
 * the schema check of a small schema. Seeds: ValuesFileFuzzTestInputs/valuesFile/.
 */
class ValuesFileFuzzTest {
    private static final String FILE = "values.yaml";
    private static final ValuesSchema SCHEMA = ValuesSchema.parse("values.schema.json", """
            {
              "$schema": "https://json-schema.org/draft/2020-12/schema",
              "type": "object",
              "properties": {
                "replicas": {"type": "integer", "minimum": 1, "maximum": 10},
                "image": {
                  "type": "object",
                  "properties": {
                    "repository": {"type": "string", "minLength": 1},
                    "tag": {"type": "string", "pattern": "^[A-Za-z0-9._-]+$"},
                    "pullPolicy": {"enum": ["Always", "IfNotPresent", "Never"]}
                  },
                  "required": ["repository"],
                  "additionalProperties": false
                },
                "password": {"type": "string", "maxLength": 8, "errorMessage": "is too long for {this}"},
                "ports": {"type": "array", "items": {"type": "integer"}, "uniqueItems": true},
                "url": {"type": "string", "format": "uri"}
              }
            }
            """);

    @FuzzTest
    @Timeout(10)
    void valuesFile(byte[] input) {
        Refusal.returnsOrRefuses(() -> {
            ValuesLayer layer = ValuesFile.parse(FILE, input);
            UserValues values = UserValues.builder().valuesFile(layer).build();
            for (List<Object> path : paths(values.tree())) {
                String origin = values.originOf(path).orElseThrow(() -> new AssertionError("no origin for " + path));
                if (!origin.startsWith(FILE + ":")) {
                    throw new AssertionError("origin " + origin + " of " + path);
                }
            }
            for (String problem : SCHEMA.check(values.tree(), values::originOf)) {
                Refusal.check(problem);
            }
        });
    }

    /** Every path to a value in {@code tree}, in document order. */
    private static List<List<Object>> paths(Object tree) {
        List<List<Object>> paths = new ArrayList<>();
        collect(tree, new ArrayList<>(), paths);
        return paths;
    }

    private static void collect(Object value, List<Object> path, List<List<Object>> into) {
        if (!path.isEmpty()) {
            into.add(List.copyOf(path));
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, child) -> {
                path.add(key);
                collect(child, path, into);
                path.remove(path.size() - 1);
            });
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                path.add(i);
                collect(list.get(i), path, into);
                path.remove(path.size() - 1);
            }
        }
    }
}
