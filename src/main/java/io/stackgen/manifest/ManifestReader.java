package io.stackgen.manifest;

import io.stackgen.common.BoundedYaml;
import io.stackgen.common.InputException;
import io.stackgen.common.UserText;
import io.stackgen.common.YamlParserFailure;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads multi-document YAML as written by {@code helm template}, {@code stackgen render}, kustomize or by hand
 * into Kubernetes objects that remember where each field was written. {@code List} kinds are unpacked into
 * their items. Unlike the render path, a key written twice is not an error here: it is kept (last wins, as
 * Helm does) and reported, so that a linter can point at it.
 */
public final class ManifestReader {
    /**
     * One lint input (a file or standard input). Rendered releases are megabytes at most; the limit lets a whole
     * cluster dump be linted and refuses a runaway file before it is read into memory.
     */
    public static final long MAX_BYTES = 128L * 1024 * 1024;
    /** Kubernetes objects, CRD schemas included, nest a few dozen levels; deeper input is refused, not overflowed. */
    public static final int MAX_DEPTH = 200;
    private static final String SOURCE_COMMENT = "# Source: ";
    private static final String BLANK_LINE_INDENT_PROBLEM = "leading empty lines contain more spaces";
    private static final Pattern WHITESPACE_ONLY_LINE = Pattern.compile("(?m)^[ \\t]+$");
    private static final LoadSettings SETTINGS = LoadSettings.builder()
            .setAllowDuplicateKeys(true)
            .setMaxAliasesForCollections(BoundedYaml.MAX_COLLECTION_ALIASES)
            .setCodePointLimit((int) MAX_BYTES)
            .build();

    private ManifestReader() {
    }

    /**
     * @param file the name to show in messages and findings
     * @throws InputException naming file and line when a document is not YAML or not a Kubernetes object
     */
    public static List<ManifestObject> read(String file, String text) {
        try {
            return parse(file, text);
        } catch (InputException e) {
            if (!e.getMessage().contains(BLANK_LINE_INDENT_PROBLEM)) {
                throw e;
            }
            // go-yaml (so Helm and kubectl) accepts a block scalar whose blank first lines carry more spaces than
            // the line after the block; snakeyaml does not. Emptying whitespace-only lines keeps every position.
            return parse(file, WHITESPACE_ONLY_LINE.matcher(text).replaceAll(""));
        }
    }

    private static List<ManifestObject> parse(String file, String text) {
        TreeMap<Integer, String> sources = sourceComments(text);
        List<ManifestObject> objects = new ArrayList<>();
        int document = 0;
        int previousEnd = 0;
        try {
            for (Node node : BoundedYaml.composeAll(file, SETTINGS, text, MAX_DEPTH)) {
                document++;
                int start = line(node, true);
                if (isEmpty(node)) {
                    previousEnd = line(node, false);
                    continue;
                }
                Map.Entry<Integer, String> source = sources.lowerEntry(start + 1);
                String template = source != null && source.getKey() > previousEnd ? source.getValue() : null;
                previousEnd = line(node, false);
                addObjects(file, template, document, node, objects);
            }
        } catch (MarkedYamlEngineException e) {
            String where = e.getProblemMark().map(m -> file + ":" + (m.getLine() + 1) + ":" + (m.getColumn() + 1))
                    .orElse(file);
            throw new InputException(where + ": not valid YAML: " + BoundedYaml.problem(e));
        } catch (YamlEngineException e) {
            throw new InputException(file + ": not valid YAML: " + UserText.oneLine(e.getMessage()));
        } catch (StackOverflowError | IllegalArgumentException e) {
            throw YamlParserFailure.inputError(file, e);
        }
        return objects;
    }

    private static void addObjects(String file, String template, int document, Node node, List<ManifestObject> into) {
        if (node instanceof MappingNode mapping && isList(mapping)) {
            for (Node item : ((SequenceNode) value(mapping, "items").orElseThrow()).getValue()) {
                addObjects(file, template, document, item, into);
            }
            return;
        }
        List<DuplicateKey> duplicates = new ArrayList<>();
        // Before construction, which drops the copies (and would build an infinite object from a recursive alias).
        findDuplicates(file, node, new ArrayList<>(), Collections.newSetFromMap(new IdentityHashMap<>()), duplicates);
        Map<String, Object> data = object(file, node);
        requireKubernetesObject(file, node, data);
        into.add(new ManifestObject(file, template, document, data, node, List.copyOf(duplicates)));
    }

    private static boolean isList(MappingNode mapping) {
        boolean listKind = value(mapping, "kind").filter(k -> k instanceof ScalarNode s && s.getValue().endsWith("List")).isPresent();
        return listKind && value(mapping, "items").filter(SequenceNode.class::isInstance).isPresent();
    }

    private static Map<String, Object> object(String file, Node node) {
        Object data = new StandardConstructor(SETTINGS).constructSingleDocument(Optional.of(node));
        if (!(data instanceof Map<?, ?> map)) {
            throw new InputException(file + ":" + line(node, true) + ": not a Kubernetes object (the document is not a YAML mapping)");
        }
        Map<String, Object> object = new LinkedHashMap<>();
        map.forEach((k, v) -> object.put(String.valueOf(k), v));
        return object;
    }

    private static void requireKubernetesObject(String file, Node node, Map<String, Object> data) {
        for (String field : List.of("apiVersion", "kind")) {
            if (!(data.get(field) instanceof String s) || s.isBlank()) {
                throw new InputException(file + ":" + line(node, true) + ": not a Kubernetes object (no " + field + ")");
            }
        }
        if (!(data.get("metadata") instanceof Map<?, ?> metadata) || !(metadata.get("name") instanceof String)) {
            throw new InputException(file + ":" + line(node, true) + ": " + UserText.quotable((String) data.get("kind")) + " has no metadata.name");
        }
    }

    /** {@code enclosing}: the collections this node is inside; an alias to one of them would make the object infinite. */
    private static void findDuplicates(String file, Node node, List<Object> path, Set<Node> enclosing, List<DuplicateKey> into) {
        if (!enclosing.add(node)) {
            throw new InputException(position(file, node)
                    + ": an alias refers to a collection that contains it (the object would be infinite)");
        }
        if (node instanceof MappingNode mapping) {
            Map<String, Node> seen = new HashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    Node first = seen.put(key.getValue(), key);
                    if (first != null) {
                        into.add(new DuplicateKey(List.copyOf(path), key.getValue(), position(file, first), position(file, key)));
                    }
                    path.add(key.getValue());
                    findDuplicates(file, tuple.getValueNode(), path, enclosing, into);
                    path.remove(path.size() - 1);
                }
            }
        } else if (node instanceof SequenceNode sequence) {
            for (int i = 0; i < sequence.getValue().size(); i++) {
                path.add(i);
                findDuplicates(file, sequence.getValue().get(i), path, enclosing, into);
                path.remove(path.size() - 1);
            }
        }
        enclosing.remove(node);
    }

    private static Optional<Node> value(MappingNode mapping, String key) {
        return mapping.getValue().stream()
                .filter(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key))
                .map(NodeTuple::getValueNode)
                .reduce((first, second) -> second);
    }

    private static boolean isEmpty(Node node) {
        return node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL);
    }

    private static SourcePosition position(String file, Node node) {
        return node.getStartMark().map(m -> new SourcePosition(file, m.getLine() + 1, m.getColumn() + 1))
                .orElse(new SourcePosition(file, 1, 1));
    }

    private static int line(Node node, boolean start) {
        return (start ? node.getStartMark() : node.getEndMark()).map(m -> m.getLine() + 1).orElse(1);
    }

    /** 1-based line number → source named in a {@code # Source:} comment on that line. */
    private static TreeMap<Integer, String> sourceComments(String text) {
        TreeMap<Integer, String> sources = new TreeMap<>();
        int lineNumber = 0;
        for (String line : (Iterable<String>) text.lines()::iterator) {
            lineNumber++;
            if (line.startsWith(SOURCE_COMMENT)) {
                sources.put(lineNumber, line.substring(SOURCE_COMMENT.length()).strip());
            }
        }
        return sources;
    }
}
