package io.stackgen.manifest;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Where each part of an object is written: for every node of its YAML, the line and column it starts on, and for a
 * mapping the place of each key. Kept instead of snakeyaml's nodes, whose marks hold on to the parser's buffers
 * (a read object weighed about sixteen times its text).
 */
final class PositionTree {
    private static final String[] NO_KEYS = {};
    private static final PositionTree[] NO_CHILDREN = {};

    private final int line;
    private final int column;
    /** A mapping's keys as written, every copy of a key written twice included; empty for other nodes. */
    private String[] keys = NO_KEYS;
    /** Line and column of each key, in pairs. */
    private int[] keyPlaces;
    /** A mapping's values (in the order of {@link #keys}) or a sequence's items. */
    private PositionTree[] children = NO_CHILDREN;
    /** The text of a literal block scalar ({@code |}), whose lines are lines of the file; else null. */
    private String literal;

    private PositionTree(int line, int column) {
        this.line = line;
        this.column = column;
    }

    /** The positions of {@code node}'s tree, read from text that starts on line {@code lineOffset} (0-based) of the input. */
    static PositionTree of(Node node, int lineOffset) {
        return of(node, lineOffset, new IdentityHashMap<>());
    }

    private static PositionTree of(Node node, int lineOffset, Map<Node, PositionTree> anchored) {
        PositionTree earlier = anchored.get(node);
        if (earlier != null) {
            return earlier; // an alias: the same places
        }
        PositionTree tree = new PositionTree(line(node) + lineOffset, column(node));
        if (node.getAnchor().isPresent()) {
            anchored.put(node, tree);
        }
        if (node instanceof MappingNode mapping) {
            List<NodeTuple> tuples = mapping.getValue();
            tree.keys = new String[tuples.size()];
            tree.keyPlaces = new int[tuples.size() * 2];
            tree.children = new PositionTree[tuples.size()];
            for (int i = 0; i < tuples.size(); i++) {
                Node key = tuples.get(i).getKeyNode();
                tree.keys[i] = key instanceof ScalarNode scalar ? scalar.getValue() : null;
                tree.keyPlaces[2 * i] = line(key) + lineOffset;
                tree.keyPlaces[2 * i + 1] = column(key);
                tree.children[i] = of(tuples.get(i).getValueNode(), lineOffset, anchored);
            }
        } else if (node instanceof SequenceNode sequence) {
            List<Node> items = sequence.getValue();
            tree.children = new PositionTree[items.size()];
            for (int i = 0; i < items.size(); i++) {
                tree.children[i] = of(items.get(i), lineOffset, anchored);
            }
        } else if (node instanceof ScalarNode scalar && scalar.getScalarStyle() == ScalarStyle.LITERAL) {
            tree.literal = scalar.getValue();
        }
        return tree;
    }

    /** The same places in a text that has {@code lines} more lines before this one's. */
    PositionTree shifted(int lines) {
        return lines == 0 ? this : shifted(lines, new IdentityHashMap<>());
    }

    private PositionTree shifted(int lines, Map<PositionTree, PositionTree> copies) {
        PositionTree earlier = copies.get(this);
        if (earlier != null) {
            return earlier; // an alias: the same places
        }
        PositionTree copy = new PositionTree(line + lines, column);
        copies.put(this, copy);
        copy.keys = keys;
        copy.literal = literal;
        if (keyPlaces != null) {
            copy.keyPlaces = keyPlaces.clone();
            for (int i = 0; i < copy.keyPlaces.length; i += 2) {
                copy.keyPlaces[i] += lines;
            }
        }
        if (children.length > 0) {
            copy.children = new PositionTree[children.length];
            for (int i = 0; i < children.length; i++) {
                copy.children[i] = children[i].shifted(lines, copies);
            }
        }
        return copy;
    }

    SourcePosition at(String file) {
        return new SourcePosition(file, line, column);
    }

    /**
     * Where a field is written: the key of a mapping entry, or the start of a list item. When the path does not
     * exist in full, the deepest part that does.
     */
    SourcePosition positionOf(String file, List<?> path) {
        PositionTree current = this;
        int foundLine = line;
        int foundColumn = column;
        for (Object step : path) {
            int index = childIndex(current, step);
            if (index < 0) {
                break;
            }
            if (current.keys.length > 0) {
                foundLine = current.keyPlaces[2 * index];
                foundColumn = current.keyPlaces[2 * index + 1];
            } else {
                foundLine = current.children[index].line;
                foundColumn = current.children[index].column;
            }
            current = current.children[index];
        }
        return new SourcePosition(file, foundLine, foundColumn);
    }

    /** See {@link ManifestObject#positionWithin}. */
    SourcePosition positionWithin(String file, List<?> path, int valueLine) {
        PositionTree current = this;
        int keyLine = line;
        int keyColumn = column;
        boolean item = true; // the object itself, like a list item, is its own place
        for (Object step : path) {
            int index = childIndex(current, step);
            if (index < 0) {
                return positionOf(file, path);
            }
            item = current.keys.length == 0;
            keyLine = item ? current.children[index].line : current.keyPlaces[2 * index];
            keyColumn = item ? current.children[index].column : current.keyPlaces[2 * index + 1];
            current = current.children[index];
        }
        if (current.literal == null || valueLine < 0) {
            return new SourcePosition(file, keyLine, keyColumn);
        }
        int lineStart = lineStart(current.literal, valueLine);
        if (lineStart < 0) {
            return new SourcePosition(file, keyLine, keyColumn);
        }
        int indent = 0;
        while (lineStart + indent < current.literal.length() && current.literal.charAt(lineStart + indent) == ' ') {
            indent++;
        }
        // the block is indented past its key (map entry) or sits where the indicator is (list item "- |")
        int blockColumn = item ? current.column : keyColumn + 2;
        return new SourcePosition(file, current.line + 1 + valueLine, blockColumn + indent);
    }

    /** The child a path step names: the last copy of a mapping key (as in the data), or a list index; else -1. */
    private static int childIndex(PositionTree parent, Object step) {
        if (parent.keys.length > 0) {
            String wanted = String.valueOf(step);
            for (int i = parent.keys.length - 1; i >= 0; i--) {
                if (wanted.equals(parent.keys[i])) {
                    return i;
                }
            }
            return -1;
        }
        if (step instanceof Integer index && index >= 0 && index < parent.children.length) {
            return index;
        }
        return -1;
    }

    /** Offset of 0-based line {@code line} in the text, or -1 when the text has fewer lines. */
    private static int lineStart(String text, int line) {
        int start = 0;
        for (int i = 0; i < line; i++) {
            int newline = text.indexOf('\n', start);
            if (newline < 0) {
                return -1;
            }
            start = newline + 1;
        }
        return start;
    }

    private static int line(Node node) {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(1);
    }

    private static int column(Node node) {
        return node.getStartMark().map(m -> m.getColumn() + 1).orElse(1);
    }
}
