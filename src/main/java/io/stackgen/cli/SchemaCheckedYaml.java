package io.stackgen.cli;

import io.stackgen.common.InputException;
import io.stackgen.values.ValuesFile;
import io.stackgen.values.ValuesLayer;
import io.stackgen.values.ValuesSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * stackgen's own YAML files (.stackgen.yaml, stackgen.fleet.yaml): read with positions, checked against their
 * schema in {@code schemas/}, every problem one line naming file:line:col.
 */
final class SchemaCheckedYaml {
    private static final Map<String, ValuesSchema> SCHEMAS = new ConcurrentHashMap<>();

    private SchemaCheckedYaml() {
    }

    /** @param schemaName a file name in {@code schemas/}, e.g. {@code fleet.schema.json} */
    static ValuesLayer read(String display, byte[] bytes, String schemaName) {
        ValuesLayer file = ValuesFile.parse(display, bytes);
        List<String> problems = schema(schemaName).check(file.tree(), path -> nearestOrigin(file, path));
        if (!problems.isEmpty()) {
            throw new InputException(String.join("\n", problems));
        }
        return file;
    }

    /**
     * Where the value at {@code path} is written; a missing property is reported at the entry that lacks it, or at
     * the file when it is empty.
     */
    static Optional<String> nearestOrigin(ValuesLayer file, List<?> path) {
        for (int end = path.size(); end >= 0; end--) {
            Optional<String> origin = file.originOf(path.subList(0, end));
            if (origin.isPresent()) {
                return origin;
            }
        }
        return Optional.of(file.description());
    }

    private static ValuesSchema schema(String name) {
        return SCHEMAS.computeIfAbsent(name, SchemaCheckedYaml::load);
    }

    private static ValuesSchema load(String name) {
        String resource = "stackgen/schemas/" + name;
        try (InputStream in = SchemaCheckedYaml.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from this stackgen build");
            }
            return ValuesSchema.parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
