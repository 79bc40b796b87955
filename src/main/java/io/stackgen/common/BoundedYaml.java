package io.stackgen.common;

import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * YAML composition with the limits snakeyaml-engine lacks. Its composer recurses once per nesting level, so
 * 10,000 {@code [} overflow the stack; and a few aliases to lists that hold aliases (a "billion laughs") make a
 * small node graph that every tree walk expands exponentially, or a graph with a cycle that never ends. Here the
 * nesting depth is counted while parsing, aliases to lists and maps are counted, and each composed document is
 * measured as the tree it expands to (size, depth, no cycles) before anyone walks it. Every refusal names
 * {@code file:line:col}.
 */
public final class BoundedYaml {
    /** As snakeyaml-engine's default: real files alias a handful of blocks; bombs need dozens. */
    public static final int MAX_COLLECTION_ALIASES = 50;
    /** Nodes a document may expand to through its aliases: far above any real values file or Kubernetes object. */
    public static final int MAX_EXPANDED_NODES = 1_000_000;

    private BoundedYaml() {
    }

    /**
     * The documents of {@code text}, each checked before it is handed out.
     *
     * @param maxDepth lists and maps nested deeper than this (through aliases too) are refused
     */
    public static Iterable<Node> composeAll(String file, LoadSettings settings, String text, int maxDepth) {
        CountingParser parser = new CountingParser(file, new ParserImpl(settings, new StreamReader(settings, text)), maxDepth);
        Composer composer = new Composer(settings, parser);
        return () -> new Iterator<>() {
            @Override
            public boolean hasNext() {
                try {
                    return composer.hasNext();
                } catch (StackOverflowError | IllegalArgumentException e) {
                    throw YamlParserFailure.inputError(file, e);
                }
            }

            @Override
            public Node next() {
                Node node;
                int aliasesBefore = parser.collectionAliases;
                try {
                    node = composer.next();
                } catch (StackOverflowError | IllegalArgumentException e) {
                    throw YamlParserFailure.inputError(file, e);
                }
                if (parser.collectionAliases > aliasesBefore) { // else a tree as written: no bigger, deeper or cyclic
                    new ExpandedSize(file, maxDepth).measure(node, 1);
                }
                return node;
            }
        };
    }

    /** The single document of {@code text}, empty when there is none. */
    public static Optional<Node> composeOne(String file, LoadSettings settings, String text, int maxDepth) {
        Iterator<Node> documents = composeAll(file, settings, text, maxDepth).iterator();
        if (!documents.hasNext()) {
            return Optional.empty();
        }
        Node node = documents.next();
        if (documents.hasNext()) {
            Node extra = documents.next();
            throw new InputException(at(file, extra.getStartMark()) + "more than one YAML document; expected one");
        }
        return Optional.of(node);
    }

    /** The single document of {@code text} (or null when it is empty) as plain Java objects, YAML 1.2 core schema. */
    public static Object loadOne(String file, LoadSettings settings, String text, int maxDepth) {
        return new StandardConstructor(settings).constructSingleDocument(composeOne(file, settings, text, maxDepth));
    }

    /** A parse error's problem on one line; a tab used for indentation is said so plainly. */
    public static String problem(MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        if (problem.contains("\\t(TAB)") || problem.contains("\t")) {
            return "tab character used for indentation (YAML allows only spaces)";
        }
        String context = e.getContext();
        return UserText.oneLine(context == null || context.isEmpty() ? problem : problem + " (" + context + ")");
    }

    static String at(String file, Optional<Mark> mark) {
        return mark.map(m -> file + ":" + (m.getLine() + 1) + ":" + (m.getColumn() + 1) + ": ").orElse(file + ": ");
    }

    /** Hands events to the composer, refusing nesting beyond the limit and too many aliases to collections. */
    private static final class CountingParser implements Parser {
        private final String file;
        private final Parser parser;
        private final int maxDepth;
        private final Set<String> collectionAnchors = new HashSet<>();
        private int depth;
        private int collectionAliases;

        CountingParser(String file, Parser parser, int maxDepth) {
            this.file = file;
            this.parser = parser;
            this.maxDepth = maxDepth;
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            return parser.checkEvent(choice);
        }

        @Override
        public Event peekEvent() {
            return parser.peekEvent();
        }

        @Override
        public boolean hasNext() {
            return parser.hasNext();
        }

        @Override
        public Event next() {
            Event event = parser.next();
            switch (event.getEventId()) {
                case SequenceStart, MappingStart -> {
                    if (++depth > maxDepth) {
                        throw new InputException(at(file, event.getStartMark()) + "nesting deeper than " + maxDepth + " levels");
                    }
                    ((NodeEvent) event).getAnchor().ifPresent(a -> collectionAnchors.add(a.getValue()));
                }
                case SequenceEnd, MappingEnd -> depth--;
                case Scalar -> ((NodeEvent) event).getAnchor().ifPresent(a -> collectionAnchors.remove(a.getValue()));
                case Alias -> {
                    if (collectionAnchors.contains(((AliasEvent) event).getAlias().getValue())
                            && ++collectionAliases > MAX_COLLECTION_ALIASES) {
                        throw new InputException(at(file, event.getStartMark()) + "more than " + MAX_COLLECTION_ALIASES
                                + " aliases to lists or maps (an alias bomb?)");
                    }
                }
                default -> {
                }
            }
            return event;
        }
    }

    /** The tree a node graph stands for: its size and depth, memoized per node so shared nodes are measured once. */
    private static final class ExpandedSize {
        private record Measure(long size, int depth) {
        }

        private final String file;
        private final int maxDepth;
        private final Map<Node, Measure> measured = new IdentityHashMap<>();
        private final Set<Node> open = Collections.newSetFromMap(new IdentityHashMap<>());

        ExpandedSize(String file, int maxDepth) {
            this.file = file;
            this.maxDepth = maxDepth;
        }

        /** Aliases refer only to nodes written earlier, so recursion here is no deeper than the text's nesting. */
        Measure measure(Node node, int level) {
            Measure known = measured.get(node);
            if (known != null) {
                return checked(node, level, known);
            }
            if (!open.add(node)) {
                throw new InputException(at(file, node.getStartMark()) + "a list or map contains itself through an alias");
            }
            long size = 1;
            int depth = 0;
            for (Node child : children(node)) {
                Measure m = measure(child, level + 1);
                size += m.size();
                depth = Math.max(depth, m.depth());
            }
            if (node instanceof MappingNode || node instanceof SequenceNode) {
                depth++;
            }
            if (size > MAX_EXPANDED_NODES) {
                throw new InputException(at(file, node.getStartMark()) + "aliases expand to more than " + MAX_EXPANDED_NODES
                        + " values (an alias bomb?)");
            }
            open.remove(node);
            Measure result = new Measure(size, depth);
            measured.put(node, result);
            return checked(node, level, result);
        }

        /** A node at {@code level} (the root is 1) has {@code level - 1} lists and maps above it. */
        private Measure checked(Node node, int level, Measure measure) {
            if (level - 1 + measure.depth() > maxDepth) {
                throw new InputException(at(file, node.getStartMark()) + "aliases nest lists and maps deeper than " + maxDepth
                        + " levels");
            }
            return measure;
        }

        private static Iterable<Node> children(Node node) {
            if (node instanceof SequenceNode sequence) {
                return sequence.getValue();
            }
            if (node instanceof MappingNode mapping) {
                return () -> mapping.getValue().stream()
                        .flatMap(t -> Stream.of(t.getKeyNode(), t.getValueNode())).iterator();
            }
            return List.of();
        }
    }
}
