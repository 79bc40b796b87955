package io.stackgen.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stackgen.lint.ObjectRef;
import java.io.IOException;
import java.io.Writer;

/** JSON writing shared by the json and sarif reports: two-space indent, {@code \n} line ends, a final newline. */
final class JsonOutput {
    private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");
    private static final ObjectWriter WRITER = new ObjectMapper()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .writer(new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withArrayIndenter(INDENT)
                    .withObjectIndenter(INDENT));

    private JsonOutput() {
    }

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** {@code {apiVersion, kind, namespace, name}}. */
    static ObjectNode objectRef(ObjectRef ref) {
        ObjectNode node = object();
        node.put("apiVersion", ref.apiVersion());
        node.put("kind", ref.kind());
        node.put("namespace", ref.namespace());
        node.put("name", ref.name());
        return node;
    }

    static void write(ObjectNode document, Appendable out) throws IOException {
        Writer writer = AppendableWriter.of(out);
        WRITER.writeValue(writer, document);
        writer.write("\n");
        writer.flush();
    }
}
