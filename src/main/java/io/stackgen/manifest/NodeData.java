package io.stackgen.manifest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Turns one document's node tree into plain maps, lists and scalars (what snakeyaml's standard constructor makes:
 * the last copy of a key wins), and finds the keys written twice, in one walk. Scalars other than strings and
 * anything unusual (a tagged collection, a non-scalar key) are left to the standard constructor. The node tree is
 * not changed, so positions can be looked up in it afterwards.
 */
final class NodeData {
    private final LoadSettings settings;
    /** For scalars other than strings, one at a time. */
    private final StandardConstructor scalars;
    private final Function<Node, SourcePosition> positions;
    private final List<DuplicateKey> duplicates = new ArrayList<>();
    /** Anchored collections, by identity: an alias is the same object, as with the standard constructor. */
    private final Map<Node, Built> anchored = new IdentityHashMap<>();

    private record Built(Object value, boolean hasDuplicates) {
    }

    private static final Built IN_PROGRESS = new Built(null, false);

    private NodeData(LoadSettings settings, Function<Node, SourcePosition> positions) {
        this.settings = settings;
        this.scalars = new StandardConstructor(settings);
        this.positions = positions;
    }

    /**
     * The document's data, and into {@code duplicates} each key written twice (the last copy is kept).
     *
     * @param positions where a node is written in the input
     */
    static Object read(Node document, LoadSettings settings, Function<Node, SourcePosition> positions,
                       List<DuplicateKey> duplicates) {
        NodeData data = new NodeData(settings, positions);
        Object value = data.value(document, new ArrayList<>());
        duplicates.addAll(data.duplicates);
        return value;
    }

    private Object value(Node node, List<Object> path) {
        if (node instanceof ScalarNode scalar) {
            return scalar.getTag().equals(Tag.STR) ? scalar.getValue() : scalars.constructSingleDocument(Optional.of(node));
        }
        if (node.getAnchor().isEmpty()) {
            return collection(node, path);
        }
        Built earlier = anchored.get(node);
        if (earlier == IN_PROGRESS) {
            throw new YamlEngineException("an alias refers to a collection that contains it");
        }
        if (earlier != null) {
            if (earlier.hasDuplicates()) {
                findDuplicates(node, path); // its keys are written twice at this path as well
            }
            return earlier.value();
        }
        anchored.put(node, IN_PROGRESS);
        int before = duplicates.size();
        Object value = collection(node, path);
        anchored.put(node, new Built(value, duplicates.size() > before));
        return value;
    }

    private Object collection(Node node, List<Object> path) {
        if (node instanceof MappingNode mapping && mapping.getTag().equals(Tag.MAP)) {
            return mapping(mapping, path);
        }
        if (node instanceof SequenceNode sequence && sequence.getTag().equals(Tag.SEQ)) {
            List<Node> items = sequence.getValue();
            List<Object> list = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                path.add(i);
                list.add(value(items.get(i), path));
                path.remove(path.size() - 1);
            }
            return list;
        }
        return unusual(node, path);
    }

    private Object mapping(MappingNode mapping, List<Object> path) {
        List<NodeTuple> tuples = mapping.getValue();
        for (NodeTuple tuple : tuples) {
            if (!(tuple.getKeyNode() instanceof ScalarNode)) {
                return unusual(mapping, path);
            }
        }
        Map<Object, Object> map = new LinkedHashMap<>(Math.max(4, tuples.size() * 4 / 3 + 1));
        int duplicatesBefore = duplicates.size();
        boolean allStrings = true;
        for (NodeTuple tuple : tuples) {
            ScalarNode key = (ScalarNode) tuple.getKeyNode();
            Object name = key.getTag().equals(Tag.STR) ? FieldNames.shared(key.getValue()) : scalars.constructSingleDocument(Optional.of(key));
            allStrings &= name instanceof String;
            path.add(key.getValue());
            Object value = value(tuple.getValueNode(), path);
            path.remove(path.size() - 1);
            int size = map.size();
            map.put(name, value);
            if (map.size() == size) { // the last copy wins, in the place it was written, as with the constructor
                map.remove(name);
                map.put(name, value);
            }
        }
        if (map.size() < tuples.size() || !allStrings) {
            // found again in document order: each key where its second copy is written, before what that copy holds
            duplicates.subList(duplicatesBefore, duplicates.size()).clear();
            findDuplicates(mapping, path);
        }
        return map;
    }

    /** A tagged collection or a complex key: the standard constructor, after looking for duplicates (it drops them). */
    private Object unusual(Node node, List<Object> path) {
        findDuplicates(node, path);
        return new StandardConstructor(settings).constructSingleDocument(Optional.of(node));
    }

    /** Keys written twice, compared as written (so {@code 1} and {@code "1"} are one key), in document order. */
    private void findDuplicates(Node node, List<Object> path) {
        if (node instanceof MappingNode mapping) {
            Map<String, Node> seen = new HashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    Node first = seen.put(key.getValue(), key);
                    if (first != null) {
                        duplicates.add(new DuplicateKey(List.copyOf(path), key.getValue(), positions.apply(first),
                                positions.apply(key)));
                    }
                    path.add(key.getValue());
                    findDuplicates(tuple.getValueNode(), path);
                    path.remove(path.size() - 1);
                }
            }
        } else if (node instanceof SequenceNode sequence) {
            for (int i = 0; i < sequence.getValue().size(); i++) {
                path.add(i);
                findDuplicates(sequence.getValue().get(i), path);
                path.remove(path.size() - 1);
            }
        }
    }
}
