package io.stackgen.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stackgen.common.InputException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValuesSchemaTest {
    @Test
    void customMessagesAreLiteralTextEvenWithBracesAndApostrophes() {
        ValuesSchema schema = ValuesSchema.parse("s.json", """
                {"type": "object", "properties": {
                  "x": {"type": "integer", "errorMessage": {"type": "must look like {a: 1}; it's {0} wrong"}},
                  "y": {"type": "string", "errorMessage": {"type": "y can't be '{}'"}},
                  "z": {"type": "string", "errorMessage": {"type": "z isn't a string"}}}}
                """);

        List<String> problems = schema.check(Map.of("x", "abc", "y", 3, "z", 4), path -> Optional.of("f.yaml:1:1"));

        assertThat(problems).containsExactlyInAnyOrder(
                "f.yaml:1:1: x: must look like {a: 1}; it's {0} wrong",
                "f.yaml:1:1: y: y can't be '{}'",
                "f.yaml:1:1: z: z isn't a string");
    }

    @Test
    void brokenSchemaJsonNamesItsLine() {
        assertThatThrownBy(() -> ValuesSchema.parse("chart/values.schema.json", "{\n\"type\": \n"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("chart/values.schema.json:3: not valid JSON: ");
    }
}
