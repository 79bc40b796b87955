package io.stackgen.values;

import io.stackgen.common.BoundedYaml;
import io.stackgen.common.InputException;
import io.stackgen.common.InputFiles;
import io.stackgen.common.YamlParserFailure;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** Reads a YAML values file (Helm's YAML 1.1 typing) into a {@link ValuesLayer} that knows source positions. */
public final class ValuesFile {
    /**
     * Values files, chart values.yaml and stackgen's own YAML files: real ones are kilobytes; the limit is far above
     * them and keeps a mistaken or hostile file (a log, a disk image) from being read whole into memory.
     */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private ValuesFile() {}

    /** Decodes {@code bytes} as strict UTF-8, then parses. */
    public static ValuesLayer parse(String displayName, byte[] bytes) {
        return parse(displayName, InputFiles.utf8(displayName, bytes));
    }

    /** Reads the values file at {@code path}, refusing one larger than {@link #MAX_BYTES}. */
    public static ValuesLayer read(Path path, String displayName) {
        return parse(displayName, InputFiles.read(path, displayName, "values file", MAX_BYTES));
    }

    public static ValuesLayer parse(String displayName, String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        LoadSettings settings = LoadSettings.builder()
                .setLabel(displayName)
                .setMaxAliasesForCollections(BoundedYaml.MAX_COLLECTION_ALIASES)
                .setCodePointLimit((int) MAX_BYTES)
                .setSchema(YamlTreeBuilder.UNTYPED_SCHEMA)
                .build();
        try {
            Iterator<Node> documents = BoundedYaml.composeAll(displayName, settings, text, YamlTreeBuilder.MAX_DEPTH).iterator();
            Node root = documents.hasNext() ? documents.next() : null;
            while (documents.hasNext()) {
                Node extra = documents.next();
                if (!isEmptyDocument(extra)) {
                    throw new InputException(at(displayName, extra.getStartMark()) + "more than one YAML document; a values file holds one");
                }
            }
            return build(displayName, root);
        } catch (MarkedYamlEngineException e) {
            throw new InputException(at(displayName, e.getProblemMark()) + BoundedYaml.problem(e));
        } catch (YamlEngineException e) {
            throw new InputException(displayName + ": " + YamlTreeBuilder.oneLine(e.getMessage()));
        } catch (StackOverflowError | IllegalArgumentException e) {
            throw YamlParserFailure.inputError(displayName, e);
        }
    }

    private static ValuesLayer build(String displayName, Node root) {
        YamlTreeBuilder builder = new YamlTreeBuilder(displayName);
        if (root == null || isEmptyDocument(root)) {
            return new ValuesLayer(displayName, new LinkedHashMap<>(), Map.of());
        }
        Object tree = builder.buildRoot(root);
        if (!(tree instanceof Map<?, ?>)) {
            throw new InputException(at(displayName, root.getStartMark())
                    + "the top level of a values file must be a mapping, not a " + Trees.typeName(tree));
        }
        return new ValuesLayer(displayName, Trees.asMap(tree), builder.origins());
    }

    private static boolean isEmptyDocument(Node node) {
        return node instanceof ScalarNode scalar && scalar.isPlain() && YamlTreeBuilder.isImplicit(scalar)
                && Yaml11Scalars.resolvePlain(scalar.getValue()) == null;
    }

    static String at(String file, Optional<Mark> mark) {
        return mark.map(m -> new Location(file, m.getLine() + 1, m.getColumn() + 1) + ": ").orElse(file + ": ");
    }
}
