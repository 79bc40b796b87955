package io.stackgen.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.representer.StandardRepresenter;
import org.snakeyaml.engine.v2.resolver.CoreScalarResolver;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import org.snakeyaml.engine.v2.schema.Schema;

/**
 * Writes plain data (maps, lists, scalars) as block YAML the way Helm's {@code toYaml} does: keys
 * sorted, list items at their parent key's indentation, multi-line strings as literal blocks, and any
 * string a YAML 1.1 reader (Helm, kubectl) would take for a boolean or number quoted.
 */
public final class YamlWriter {
    private static final Pattern YAML11_BOOLEAN =
            Pattern.compile("y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF");
    private static final Pattern YAML11_NUMBER_LIKE =
            Pattern.compile("[-+]?(0[0-7_]+|0b[01_]+|0x[0-9a-fA-F_]+|[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?|\\.[0-9_]+([eE][-+]?[0-9]+)?)");

    private static final DumpSettings SETTINGS = DumpSettings.builder()
            .setDefaultFlowStyle(FlowStyle.BLOCK)
            .setDefaultScalarStyle(ScalarStyle.PLAIN)
            .setIndent(2)
            .setIndicatorIndent(0)
            .setWidth(Integer.MAX_VALUE)
            .setSplitLines(false)
            .setSchema(new Yaml11SafeSchema())
            .build();
    /** A representer remembers the objects of the dump in progress, so threads (a fleet renders in parallel) each need their own. */
    private static final ThreadLocal<Dump> DUMP = ThreadLocal.withInitial(() -> new Dump(SETTINGS, new HelmStyleRepresenter(SETTINGS)));

    private YamlWriter() {
    }

    /** The YAML text of {@code data}, without a trailing newline (as Helm's toYaml). */
    public static String write(Object data) {
        if (data == null) {
            return "null";
        }
        String text = DUMP.get().dumpToString(sorted(data));
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }

    private static Object sorted(Object data) {
        if (data instanceof Map<?, ?> map) {
            Map<String, Object> copy = new TreeMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), sorted(v)));
            return copy;
        }
        if (data instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(v -> copy.add(sorted(v)));
            return copy;
        }
        return data;
    }

    /** Strings that would read back as another type are double-quoted, as go-yaml (Helm) writes them. */
    private static final class HelmStyleRepresenter extends StandardRepresenter {
        private final ScalarResolver resolver = new Yaml11SafeResolver();

        HelmStyleRepresenter(DumpSettings settings) {
            super(settings);
        }

        @Override
        protected Node representScalar(Tag tag, String value, ScalarStyle style) {
            if (Tag.STR.equals(tag) && style == ScalarStyle.PLAIN && !value.contains("\n")
                    && !Tag.STR.equals(resolver.resolve(value, true))) {
                return super.representScalar(tag, value, ScalarStyle.DOUBLE_QUOTED);
            }
            return super.representScalar(tag, value, style);
        }
    }

    /** YAML 1.2 core, but strings that YAML 1.1 reads as booleans or octal/sexagesimal numbers are quoted. */
    private static final class Yaml11SafeSchema implements Schema {
        private final CoreSchema core = new CoreSchema();
        private final ScalarResolver resolver = new Yaml11SafeResolver();

        @Override
        public ScalarResolver getScalarResolver() {
            return resolver;
        }

        @Override
        public Map<Tag, ConstructNode> getSchemaTagConstructors() {
            return core.getSchemaTagConstructors();
        }
    }

    private static final class Yaml11SafeResolver implements ScalarResolver {
        private final CoreScalarResolver core = new CoreScalarResolver(false);

        @Override
        public Tag resolve(String value, Boolean implicit) {
            if (implicit && YAML11_BOOLEAN.matcher(value).matches()) {
                return Tag.BOOL;
            }
            if (implicit && YAML11_NUMBER_LIKE.matcher(value).matches()) {
                return Tag.INT;
            }
            return core.resolve(value, implicit);
        }
    }
}
