package io.stackgen.lint.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A container's {@code command} and {@code args} split into shell words, so that a flag is found the same way
 * whether it is its own list item or a line of an {@code sh -c} body. Each word remembers the item it came from,
 * for positioning findings. Also knows which values are derived from the pod's name (its StatefulSet ordinal).
 */
public final class CommandWords {
    /** A word of the command line; {@code path} is the command/args item holding it, from the object root. */
    public record Word(String text, List<Object> path) {
    }

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** {@code $X}, {@code ${X…}}, {@code $(X)} (Kubernetes env expansion), or a bare name inside {@code $((…))}. */
    private static final Pattern VARIABLE = Pattern.compile(
            "\\$\\{?([A-Za-z_][A-Za-z0-9_]*)|\\$\\(([A-Za-z_][A-Za-z0-9_]*)\\)|\\$\\(\\([^)]*?\\b([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern HOSTNAME_COMMAND = Pattern.compile("\\$\\(\\s*hostname\\b[^)]*\\)|`\\s*hostname\\b[^`]*`");
    private static final Set<String> POD_NAME_FIELDS = Set.of(
            "metadata.name",
            "metadata.labels['apps.kubernetes.io/pod-index']",
            "metadata.labels['statefulset.kubernetes.io/pod-name']");

    private final Container container;
    private final List<Word> words;
    private volatile Set<String> podNameVariables;
    private volatile Index index;

    /**
     * Where each flag ({@code --x} or {@code --x=v}, by name) and each program (a non-flag word, by its last path
     * segment) first appears, built on first use so that flag lookups do not walk every word.
     */
    private record Index(Map<String, Integer> flags, Map<String, Integer> programs) {
    }

    private CommandWords(Container container, List<Word> words) {
        this.container = container;
        this.words = words;
    }

    /** The words of one of {@code workload}'s containers, split once per workload. */
    public static CommandWords of(Workload workload, Container container) {
        Map<List<Object>, CommandWords> byContainer = workload.derived(CommandWords.class, w -> new ConcurrentHashMap<>());
        Map<String, List<String>> splits = workload.setFact(CommandWords.class, k -> new ConcurrentHashMap<>());
        return byContainer.computeIfAbsent(container.path(), path -> of(container, text -> splits.computeIfAbsent(text, CommandWords::split)));
    }

    public static CommandWords of(Container container) {
        return of(container, CommandWords::split);
    }

    private static CommandWords of(Container container, Function<String, List<String>> splitter) {
        List<Word> words = new ArrayList<>();
        for (String field : List.of("command", "args")) {
            List<String> strings = container.strings(field);
            for (int i = 0; i < strings.size(); i++) {
                List<Object> path = container.at(field, i);
                for (String text : splitter.apply(strings.get(i))) {
                    words.add(new Word(text, path));
                }
            }
        }
        return new CommandWords(container, List.copyOf(words));
    }

    public List<Word> words() {
        return words;
    }

    /** Whether {@code --flag} is given, alone or as {@code --flag=value}. */
    public boolean has(String flag) {
        return index().flags().containsKey(flag);
    }

    /** The word that gives {@code flag} (with or without {@code =value}). */
    public Optional<Word> flagWord(String flag) {
        Integer at = index().flags().get(flag);
        return at == null ? Optional.empty() : Optional.of(words.get(at));
    }

    /** The value of {@code --flag=value} or {@code --flag value}. */
    public Optional<Word> value(String flag) {
        Integer at = index().flags().get(flag);
        if (at == null) {
            return Optional.empty();
        }
        Word word = words.get(at);
        if (word.text().length() > flag.length()) {
            return Optional.of(new Word(word.text().substring(flag.length() + 1), word.path()));
        }
        if (at + 1 < words.size() && !words.get(at + 1).text().startsWith("-")) {
            return Optional.of(words.get(at + 1));
        }
        return Optional.empty();
    }

    /** The word that runs {@code program}: the word itself or a path ending in it ({@code /linera-server}). */
    public Optional<Word> program(String program) {
        Integer at = index().programs().get(program);
        return at == null ? Optional.empty() : Optional.of(words.get(at));
    }

    private Index index() {
        Index built = index;
        if (built == null) {
            Map<String, Integer> flags = new HashMap<>();
            Map<String, Integer> programs = new HashMap<>();
            for (int i = 0; i < words.size(); i++) {
                String text = words.get(i).text();
                if (text.startsWith("-")) {
                    int equals = text.indexOf('=');
                    flags.putIfAbsent(equals < 0 ? text : text.substring(0, equals), i);
                } else {
                    programs.putIfAbsent(text.substring(text.lastIndexOf('/') + 1), i);
                }
            }
            built = new Index(flags, programs);
            index = built;
        }
        return built;
    }

    /** The words after {@code program} that are not flags (its subcommands and positional arguments). */
    public List<String> operandsAfter(Word program) {
        int start = words.indexOf(program);
        List<String> operands = new ArrayList<>();
        for (int i = start + 1; i >= 1 && i < words.size(); i++) {
            String text = words.get(i).text();
            if (!text.startsWith("-")) {
                operands.add(text);
            }
        }
        return operands;
    }

    /** The first word containing {@code fragment}. */
    public Optional<Word> containing(String fragment) {
        return words.stream().filter(w -> w.text().contains(fragment)).findFirst();
    }

    /**
     * Whether {@code value} is built from the pod's name: {@code $HOSTNAME}, {@code ${HOSTNAME##*-}},
     * {@code $(hostname)}, an env var set from {@code metadata.name} or the pod-index label, or a shell variable
     * assigned from one of these. In a StatefulSet that name carries the ordinal.
     */
    public boolean fromPodName(String value) {
        if (HOSTNAME_COMMAND.matcher(value).find()) {
            return true;
        }
        Set<String> names = podNameVariables;
        if (names == null) {
            names = podNameVariables(container, words);
            podNameVariables = names;
        }
        return refersTo(value, names);
    }

    /**
     * HOSTNAME, env vars set from the pod's name or index, and shell variables assigned from those
     * ({@code ORDINAL="${HOSTNAME##*-}"}, also through further assignments).
     */
    private static Set<String> podNameVariables(Container container, List<Word> words) {
        Set<String> names = new HashSet<>();
        names.add("HOSTNAME");
        for (Object item : container.env()) {
            if (item instanceof Map<?, ?> env && env.get("name") != null) {
                String field = Tree.text(env, List.of("valueFrom", "fieldRef", "fieldPath")).orElse("");
                if (POD_NAME_FIELDS.contains(field.replace('"', '\''))) {
                    names.add(String.valueOf(env.get("name")));
                }
            }
        }
        List<String[]> assignments = new ArrayList<>();
        for (Word word : words) {
            String text = word.text();
            int equals = text.indexOf('=');
            if (equals > 0 && text.indexOf('$') > equals && IDENTIFIER.matcher(text.substring(0, equals)).matches()) {
                assignments.add(new String[] {text.substring(0, equals), text.substring(equals + 1)});
            }
        }
        boolean grew = !assignments.isEmpty();
        while (grew) {
            grew = false;
            for (String[] assignment : assignments) {
                if (!names.contains(assignment[0]) && refersTo(assignment[1], names)) {
                    names.add(assignment[0]);
                    grew = true;
                }
            }
        }
        return names;
    }

    private static boolean refersTo(String value, Set<String> names) {
        if (HOSTNAME_COMMAND.matcher(value).find()) {
            return true;
        }
        Matcher m = VARIABLE.matcher(value);
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            if (names.contains(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Shell word splitting, enough for flags: quotes are removed, {@code \}-newline joins lines, {@code ;|&}
     * end a word, {@code ${…}}, {@code $(…)} and backquotes are kept whole.
     */
    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                if (text.charAt(i + 1) != '\n') {
                    word.append(text.charAt(i + 1));
                    inWord = true;
                }
                i += 2;
            } else if (c == '\'' || c == '"') {
                int end = text.indexOf(c, i + 1);
                end = end < 0 ? text.length() : end;
                word.append(text, i + 1, end);
                inWord = true;
                i = end + 1;
            } else if (c == '$' && i + 1 < text.length() && (text.charAt(i + 1) == '{' || text.charAt(i + 1) == '(')) {
                int end = closing(text, i + 1);
                word.append(text, i, end);
                inWord = true;
                i = end;
            } else if (c == '`') {
                int end = text.indexOf('`', i + 1);
                end = end < 0 ? text.length() : end + 1;
                word.append(text, i, end);
                inWord = true;
                i = end;
            } else if (Character.isWhitespace(c) || c == ';' || c == '|' || c == '&') {
                if (inWord) {
                    out.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                i++;
            } else {
                int end = i + 1;
                while (end < text.length() && isPlain(text.charAt(end))) {
                    end++;
                }
                word.append(text, i, end);
                inWord = true;
                i = end;
            }
        }
        if (inWord) {
            out.add(word.toString());
        }
        return List.copyOf(out);
    }

    /** A character that {@link #split} copies as it is. */
    private static boolean isPlain(char c) {
        return "\\'\"$`;|&".indexOf(c) < 0 && !Character.isWhitespace(c);
    }

    /** The index after the bracket that closes the one at {@code open}. */
    private static int closing(String text, int open) {
        char opening = text.charAt(open);
        char close = opening == '{' ? '}' : ')';
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == opening) {
                depth++;
            } else if (c == close && --depth == 0) {
                return i + 1;
            }
        }
        return text.length();
    }
}
