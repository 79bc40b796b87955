package io.stackgen.report;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.stackgen.support.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

/** Validates report output against a JSON Schema in the repository, formats asserted (uri, uri-reference, …). */
final class SchemaCheck {
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    private final Schema schema;

    SchemaCheck(String repositoryPath) {
        try {
            schema = REGISTRY.getSchema(Files.readString(Fixtures.root().resolve(repositoryPath)), InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problems, one line each ({@code location: message}); empty when the document is valid. */
    List<String> problems(String json) {
        return schema.validate(json, InputFormat.JSON).stream().map(SchemaCheck::line).toList();
    }

    private static String line(Error error) {
        return error.getInstanceLocation() + ": " + error.getMessage();
    }
}
