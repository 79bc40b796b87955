package io.stackgen.manifest;

import java.util.Map;
import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.JsonSchema;
import org.snakeyaml.engine.v2.schema.Schema;

/**
 * snakeyaml's default JSON schema, with the tag of plain scalars resolved without its pattern lists where the first
 * character decides: most keys and values of a manifest ({@code name}, {@code image}, {@code app.kubernetes.io/…})
 * start with a letter that no null, boolean or number starts with. Everything else is left to the JSON resolver, so
 * every scalar gets the tag it got before.
 */
final class PlainScalarSchema implements Schema {
    private final JsonSchema json = new JsonSchema();
    private final ScalarResolver resolver = new FirstCharacterResolver(json.getScalarResolver());

    @Override
    public ScalarResolver getScalarResolver() {
        return resolver;
    }

    @Override
    public Map<Tag, ConstructNode> getSchemaTagConstructors() {
        return json.getSchemaTagConstructors();
    }

    /** The JSON resolver's patterns by first character: null, true/false, numbers ({@code -0-9.}), ${ENV} ({@code $}). */
    private record FirstCharacterResolver(ScalarResolver json) implements ScalarResolver {
        @Override
        public Tag resolve(String value, Boolean implicit) {
            if (!implicit || value.isEmpty()) {
                return json.resolve(value, implicit);
            }
            char first = value.charAt(0);
            return switch (first) {
                case 't' -> value.equals("true") ? Tag.BOOL : Tag.STR;
                case 'f' -> value.equals("false") ? Tag.BOOL : Tag.STR;
                case 'n' -> value.equals("null") ? Tag.NULL : Tag.STR;
                case '-', '.', '$', '\0', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> json.resolve(value, implicit);
                default -> Tag.STR;
            };
        }
    }
}
