package io.stackgen.values;

import io.stackgen.common.InputException;
import io.stackgen.common.UserText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.Schema;

/** Turns a composed YAML node graph into a plain tree, recording where each value came from. */
final class YamlTreeBuilder {
    static final int MAX_DEPTH = 100;
    static final int MAX_VALUES = 1_000_000;

    /** Marks scalars without an explicit tag, so typing (YAML 1.1, go-yaml v2) is done here, not by snakeyaml. */
    private static final Tag IMPLICIT = new Tag("tag:stackgen.io,2024:implicit");

    static final Schema UNTYPED_SCHEMA = new Schema() {
        @Override
        public org.snakeyaml.engine.v2.resolver.ScalarResolver getScalarResolver() {
            return (value, implicit) -> IMPLICIT;
        }

        @Override
        public Map<Tag, ConstructNode> getSchemaTagConstructors() {
            return Map.of();
        }
    };

    private final String file;
    private Map<List<Object>, String> origins = new HashMap<>();
    private int valueCount;

    YamlTreeBuilder(String file) {
        this.file = file;
    }

    Map<List<Object>, String> origins() {
        return origins;
    }

    static boolean isImplicit(Node node) {
        return IMPLICIT.equals(node.getTag());
    }

    Object buildRoot(Node root) {
        return build(root, new ArrayList<>());
    }

    private Object build(Node node, List<Object> path) {
        if (path.size() > MAX_DEPTH) {
            throw error(node, "nesting deeper than " + MAX_DEPTH + " levels");
        }
        if (++valueCount > MAX_VALUES) {
            throw new InputException(file + ": more than " + MAX_VALUES + " values after expanding aliases");
        }
        origins.put(List.copyOf(path), location(node).toString());
        if (node instanceof MappingNode mapping) {
            return mapping(mapping, path);
        }
        if (node instanceof SequenceNode sequence) {
            List<Object> list = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                path.add(list.size());
                list.add(build(item, path));
                path.remove(path.size() - 1);
            }
            return list;
        }
        return scalar((ScalarNode) node);
    }

    private Map<String, Object> mapping(MappingNode node, List<Object> path) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Integer> firstLines = new HashMap<>();
        List<Node> mergeSources = new ArrayList<>();
        for (NodeTuple entry : node.getValue()) {
            Node keyNode = entry.getKeyNode();
            if (isMergeKey(keyNode)) {
                mergeSources.add(entry.getValueNode());
                continue;
            }
            String key = key(keyNode);
            Integer firstLine = firstLines.putIfAbsent(key, location(keyNode).line());
            if (firstLine != null) {
                throw error(keyNode, "duplicate key '" + UserText.quotable(key) + "' (first at line " + firstLine + ")");
            }
            path.add(key);
            out.put(key, build(entry.getValueNode(), path));
            path.remove(path.size() - 1);
        }
        for (Node source : mergeSources) {
            if (source instanceof SequenceNode sequence) {
                sequence.getValue().forEach(item -> merge(out, item, path));
            } else {
                merge(out, source, path);
            }
        }
        return out;
    }

    private static boolean isMergeKey(Node key) {
        return key instanceof ScalarNode scalar && scalar.isPlain() && isImplicit(scalar) && scalar.getValue().equals("<<");
    }

    /** YAML 1.1 merge key: keys of {@code source} that {@code target} does not define yet. */
    private void merge(Map<String, Object> target, Node source, List<Object> path) {
        if (!(source instanceof MappingNode)) {
            throw error(source, "merge key '<<' needs a mapping or a list of mappings");
        }
        Map<List<Object>, String> ownOrigins = origins;
        origins = new HashMap<>();
        Map<String, Object> merged = Trees.asMap(build(source, path));
        Map<List<Object>, String> mergedOrigins = origins;
        origins = ownOrigins;
        merged.forEach((key, value) -> {
            if (!target.containsKey(key)) {
                target.put(key, value);
                mergedOrigins.forEach((p, origin) -> {
                    if (p.size() > path.size() && p.get(path.size()).equals(key) && p.subList(0, path.size()).equals(path)) {
                        origins.put(p, origin);
                    }
                });
            }
        });
    }

    private String key(Node keyNode) {
        if (!(keyNode instanceof ScalarNode scalar)) {
            throw error(keyNode, "a mapping key must be a scalar, not a " + (keyNode instanceof MappingNode ? "mapping" : "list"));
        }
        Object key = scalar(scalar);
        if (key == null) {
            throw error(keyNode, "a mapping key must not be null");
        }
        return Yaml11Scalars.keyString(key);
    }

    /** Errors name the position and the tag, never the scalar itself: it may be a secret. */
    private Object scalar(ScalarNode node) {
        String text = node.getValue();
        Tag tag = node.getTag();
        if (tag.equals(Tag.STR) || tag.equals(Tag.BINARY)) {
            return text;
        }
        if (tag.equals(Tag.NULL)) {
            return null;
        }
        if (tag.equals(Tag.BOOL)) {
            Boolean bool = Yaml11Scalars.parseBool(text);
            if (bool == null) {
                throw error(node, "a value tagged !!bool must be true or false");
            }
            return bool;
        }
        if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
            Object number = Yaml11Scalars.parseNumber(text);
            boolean isFloat = tag.equals(Tag.FLOAT);
            if (number == null || (!isFloat && number instanceof Double)) {
                throw error(node, isFloat ? "a value tagged !!float must be a number" : "a value tagged !!int must be an integer");
            }
            return isFloat ? (Object) ((Number) number).doubleValue() : number;
        }
        // Untagged, or a tag Helm does not know: plain scalars are typed, quoted ones are strings.
        return node.isPlain() ? Yaml11Scalars.resolvePlain(text) : text;
    }

    private Location location(Node node) {
        return node.getStartMark()
                .map(m -> new Location(file, m.getLine() + 1, m.getColumn() + 1))
                .orElse(new Location(file, 1, 1));
    }

    private InputException error(Node node, String what) {
        return new InputException(location(node) + ": " + what);
    }

    /** Makes text safe to show on one line (see {@link UserText#oneLine}). */
    static String oneLine(String text) {
        return UserText.oneLine(text);
    }
}
