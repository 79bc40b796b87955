package io.stackgen.lint.rules.sec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.stackgen.common.BoundedYaml;
import io.stackgen.common.InputException;
import io.stackgen.lint.model.ConfigText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads the config file held in a ConfigMap or Secret value (JSON, YAML, TOML {@code key = value}, env and
 * properties files) into its leaf fields, each with its 0-based line in the text, so that secret checks see the
 * keys inside the file and findings point at the line.
 */
final class ConfigEntries {
    private static final JsonFactory JSON = new JsonFactory();
    private static final LoadSettings YAML = LoadSettings.builder()
            .setMaxAliasesForCollections(BoundedYaml.MAX_COLLECTION_ALIASES)
            .setAllowDuplicateKeys(true)
            .build();
    private static final Set<String> KEY_VALUE_EXTENSIONS = Set.of("toml", "env", "properties", "conf", "cfg", "ini");
    private static final Set<String> GENERIC_LEAVES = Set.of("value", "data");
    private static final Pattern INLINE_PAIR = Pattern.compile(
            "([A-Za-z_][A-Za-z0-9_.-]*|\"[^\"]*\")\\s*=\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'|[^,}]+)");
    private static final Pattern YAML_FIRST_LINE = Pattern.compile("-(\\s.*)?|[^\\s=#<\\[{][^=]*?:(\\s.*)?");
    private static final Pattern DOT = Pattern.compile("\\.");

    private ConfigEntries() {
    }

    /**
     * One leaf of a config file.
     *
     * @param path  keys from the file's root (sections, nesting); list items carry their list's key
     * @param value the leaf as text
     * @param line  0-based line in the file
     */
    record Entry(List<String> path, String value, int line) {
        /** The leaf's key, or {@code parent.key} for generic leaves ({@code priv_key.value}). */
        String name() {
            if (path.isEmpty()) {
                return "";
            }
            String last = path.get(path.size() - 1);
            return path.size() >= 2 && GENERIC_LEAVES.contains(last) ? path.get(path.size() - 2) + "." + last : last;
        }

        /** The keys joined with dots, for messages. */
        String dotted() {
            return String.join(".", path);
        }
    }

    /** The file's leaves, or empty when the text is not a config file (a key, a script, a plain word). */
    static Optional<List<Entry>> parse(String fileName, String text) {
        String trimmed = text.strip();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            Optional<List<Entry>> json = json(text);
            if (json.isPresent()) {
                return json;
            }
        }
        if (looksLikeYaml(trimmed)) {
            Optional<List<Entry>> yaml = yaml(fileName, text);
            if (yaml.isPresent()) {
                return yaml;
            }
        }
        if (trimmed.contains("=") && (trimmed.contains("\n") || KEY_VALUE_EXTENSIONS.contains(extension(fileName)))) {
            List<Entry> lines = keyValueLines(text);
            if (!lines.isEmpty()) {
                return Optional.of(lines);
            }
        }
        return Optional.empty();
    }

    /** Whether the first line that is not a comment is a YAML mapping key or list item (TOML and XML are not). */
    private static boolean looksLikeYaml(String text) {
        for (String line : (Iterable<String>) text.lines()::iterator) {
            String l = line.strip();
            if (!l.isEmpty() && !l.startsWith("#") && !l.equals("---")) {
                return YAML_FIRST_LINE.matcher(l).matches();
            }
        }
        return false;
    }

    private static Optional<List<Entry>> json(String text) {
        List<Entry> entries = new ArrayList<>();
        List<String> containers = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                switch (token) {
                    case START_OBJECT, START_ARRAY -> containers.add(parser.currentName());
                    case END_OBJECT, END_ARRAY -> containers.remove(containers.size() - 1);
                    case FIELD_NAME -> { }
                    default -> {
                        List<String> path = new ArrayList<>();
                        containers.stream().filter(name -> name != null).forEach(path::add);
                        if (parser.currentName() != null) {
                            path.add(parser.currentName());
                        }
                        entries.add(new Entry(List.copyOf(path), parser.getText(), parser.currentTokenLocation().getLineNr() - 1));
                    }
                }
            }
            return Optional.of(entries);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<List<Entry>> yaml(String fileName, String text) {
        List<Entry> entries = new ArrayList<>();
        boolean structured = false;
        Set<Node> enclosing = Collections.newSetFromMap(new IdentityHashMap<>());
        try {
            for (Node document : BoundedYaml.composeAll(fileName, YAML, text, ConfigText.MAX_DEPTH)) {
                if (document instanceof MappingNode || document instanceof SequenceNode) {
                    structured = true;
                    walk(document, new ArrayList<>(), line(document), enclosing, entries);
                }
            }
        } catch (InputException | YamlEngineException | IllegalArgumentException e) { // too deep, a bomb, not YAML
            return Optional.empty();
        }
        return structured ? Optional.of(entries) : Optional.empty();
    }

    /** {@code enclosing}: the collections being walked; an alias back to one of them adds no field. */
    private static void walk(Node node, List<String> path, int line, Set<Node> enclosing, List<Entry> into) {
        if (!enclosing.add(node)) {
            return;
        }
        if (node instanceof ScalarNode scalar) {
            into.add(new Entry(List.copyOf(path), scalar.getValue(), line));
        } else if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    path.add(key.getValue());
                    walk(tuple.getValueNode(), path, line(key), enclosing, into);
                    path.remove(path.size() - 1);
                }
            }
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                walk(item, path, line(item), enclosing, into);
            }
        }
        enclosing.remove(node);
    }

    private static List<Entry> keyValueLines(String text) {
        List<Entry> entries = new ArrayList<>();
        List<String> section = List.of();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.charAt(0) == '#' || line.charAt(0) == ';') {
                continue;
            }
            if (line.charAt(0) == '[') {
                int close = line.indexOf(']');
                if (close > 0) {
                    section = List.of(DOT.split(unquote(line.substring(line.startsWith("[[") ? 2 : 1, close))));
                }
                continue;
            }
            if (line.startsWith("export ")) {
                line = line.substring("export ".length()).stripLeading();
            }
            int equals = line.indexOf('=');
            String key = equals > 0 ? line.substring(0, equals).strip() : "";
            if (isKey(key)) {
                List<String> path = new ArrayList<>(section);
                path.add(unquote(key));
                addValue(path, line.substring(equals + 1).strip(), i, entries);
            }
        }
        return entries;
    }

    /** A TOML bare or quoted key, an env variable or a properties key. */
    private static boolean isKey(String key) {
        if (key.length() >= 2 && (key.charAt(0) == '"' || key.charAt(0) == '\'')) {
            return key.charAt(key.length() - 1) == key.charAt(0);
        }
        if (key.isEmpty() || !(Character.isLetter(key.charAt(0)) || key.charAt(0) == '_')) {
            return false;
        }
        for (int i = 1; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static void addValue(List<String> path, String raw, int line, List<Entry> into) {
        if (raw.startsWith("{")) {
            Matcher inner = INLINE_PAIR.matcher(raw);
            while (inner.find()) {
                List<String> innerPath = new ArrayList<>(path);
                innerPath.add(unquote(inner.group(1)));
                into.add(new Entry(List.copyOf(innerPath), cleanValue(inner.group(2).strip()), line));
            }
            return;
        }
        into.add(new Entry(List.copyOf(path), cleanValue(raw), line));
    }

    /** A TOML/env value without its quotes or trailing comment. */
    private static String cleanValue(String raw) {
        if (raw.startsWith("\"\"\"") || raw.startsWith("'''")) {
            return raw.substring(3);
        }
        if (raw.startsWith("\"")) {
            StringBuilder out = new StringBuilder();
            for (int i = 1; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (c == '\\' && i + 1 < raw.length()) {
                    out.append(raw.charAt(++i));
                } else if (c == '"') {
                    break;
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }
        if (raw.startsWith("'")) {
            int end = raw.indexOf('\'', 1);
            return end < 0 ? raw.substring(1) : raw.substring(1, end);
        }
        for (int i = 1; i < raw.length(); i++) {
            if (raw.charAt(i) == '#' && Character.isWhitespace(raw.charAt(i - 1))) {
                return raw.substring(0, i).strip();
            }
        }
        return raw;
    }

    private static String unquote(String key) {
        String k = key.strip();
        boolean quoted = k.length() >= 2 && (k.startsWith("\"") && k.endsWith("\"") || k.startsWith("'") && k.endsWith("'"));
        return quoted ? k.substring(1, k.length() - 1) : k;
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static int line(Node node) {
        return node.getStartMark().map(m -> m.getLine()).orElse(0);
    }
}
