package io.stackgen.lint.rules.sec;

import io.stackgen.lint.LintSet;
import io.stackgen.lint.model.Container;
import io.stackgen.lint.model.Workload;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The values a container's command line passes, each with the name it is passed under: {@code --flag=value},
 * {@code --flag value}, {@code NAME=value} and, inside {@code sh -c} scripts, {@code name = value} lines (heredoc
 * config files). Words that no name claims are returned bare, for checks that need no name (key shapes, URLs).
 */
final class CommandArgs {
    private static final Pattern SHELL_C = Pattern.compile("-[a-zA-Z]*c[a-zA-Z]*");
    private static final Set<String> OPERATORS = Set.of("&&", "||", "|", "&", "=");
    private static final PerSet<Map<Map<String, Object>, List<Arg>>> ARGS = new PerSet<>(CommandArgs::readAll);

    private CommandArgs() {
    }

    /**
     * One value on the command line.
     *
     * @param path  the {@code command[i]} or {@code args[i]} item it is in
     * @param line  0-based line inside that item (a script's line; 0 for one-line items)
     * @param label how to name it in a finding: {@code --private-key}, {@code PRIVATE_KEY}, {@code an argument}
     * @param name  the flag or variable name without dashes, empty for a bare word
     * @param value the value
     */
    record Arg(List<Object> path, int line, String label, String name, String value) {
    }

    private record Token(String text, List<Object> path, int line) {
    }

    /** The container's values, read once per set for all rules. */
    static List<Arg> of(LintSet set, Container container) {
        List<Arg> args = ARGS.of(set).get(container.data());
        return args != null ? args : of(container);
    }

    private static Map<Map<String, Object>, List<Arg>> readAll(LintSet set) {
        Map<Map<String, Object>, List<Arg>> all = new IdentityHashMap<>();
        Map<String, List<ShellWords.Word>> scripts = new HashMap<>(); // a fleet has the same scripts in every release
        for (Workload workload : set.workloads()) {
            for (Container container : workload.allContainers()) {
                all.put(container.data(), of(container, script -> scripts.computeIfAbsent(script, ShellWords::split)));
            }
        }
        return all;
    }

    static List<Arg> of(Container container) {
        return of(container, ShellWords::split);
    }

    private static List<Arg> of(Container container, Function<String, List<ShellWords.Word>> splitter) {
        List<Token> argv = new ArrayList<>();
        List<Arg> args = new ArrayList<>();
        String previous = "";
        for (String field : List.of("command", "args")) {
            List<String> items = container.strings(field);
            for (int i = 0; i < items.size(); i++) {
                String item = items.get(i);
                List<Object> path = container.at(field, i);
                if (previous.startsWith("-") && SHELL_C.matcher(previous).matches() || item.indexOf('\n') >= 0) {
                    List<Token> words = splitter.apply(item).stream()
                            .map(w -> new Token(w.text(), path, w.line())).toList();
                    args.addAll(pairs(words, true));
                } else {
                    argv.add(new Token(item, path, 0));
                }
                previous = item;
            }
        }
        args.addAll(0, pairs(argv, false));
        return List.copyOf(args);
    }

    private static List<Arg> pairs(List<Token> tokens, boolean script) {
        List<Arg> args = new ArrayList<>();
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            String text = t.text();
            int nameStart = text.startsWith("--") ? 2 : text.startsWith("-") ? 1 : -1;
            int nameEnd = nameStart < 0 ? -1 : flagNameEnd(text, nameStart);
            int equals;
            if (nameEnd > nameStart && nameEnd < text.length() && text.charAt(nameEnd) == '=') {
                args.add(new Arg(t.path(), t.line(), text.substring(0, nameEnd), text.substring(nameStart, nameEnd),
                        text.substring(nameEnd + 1)));
            } else if (nameEnd > nameStart && nameEnd == text.length()) {
                boolean valued = k + 1 < tokens.size() && takesValue(tokens.get(k + 1).text());
                Token value = valued ? tokens.get(++k) : t;
                args.add(new Arg(value.path(), value.line(), text, text.substring(nameStart), valued ? value.text() : ""));
            } else if ((equals = text.indexOf('=')) > 0 && isVariableName(text, equals)) {
                String name = text.substring(0, equals);
                args.add(new Arg(t.path(), t.line(), name, name, text.substring(equals + 1)));
            } else if (script && k + 2 < tokens.size() && tokens.get(k + 1).text().equals("=") && isConfigKey(text)) {
                Token value = tokens.get(k + 2);
                k += 2;
                args.add(new Arg(value.path(), value.line(), text, text, value.text()));
            } else {
                args.add(new Arg(t.path(), t.line(), "an argument", "", text));
            }
        }
        return args;
    }

    /**
     * The end of a flag's name ({@code [A-Za-z][A-Za-z0-9_.-]*}) starting at {@code start}; {@code start} when there
     * is none. Read by hand rather than by regex: it runs on every word of every script.
     */
    private static int flagNameEnd(String text, int start) {
        return start < text.length() && isAsciiLetter(text.charAt(start)) ? nameRestEnd(text, start + 1) : start;
    }

    private static int nameRestEnd(String text, int from) {
        int i = from;
        while (i < text.length() && (isAsciiLetterOrDigit(text.charAt(i)) || "_.-".indexOf(text.charAt(i)) >= 0)) {
            i++;
        }
        return i;
    }

    /** {@code NAME} of {@code NAME=value}: {@code [A-Za-z_][A-Za-z0-9_]*} up to {@code end}. */
    private static boolean isVariableName(String text, int end) {
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (!(c == '_' || isAsciiLetter(c) || i > 0 && isAsciiLetterOrDigit(c))) {
                return false;
            }
        }
        return end > 0;
    }

    /** A heredoc config key: {@code [A-Za-z_][A-Za-z0-9_.-]*}. */
    private static boolean isConfigKey(String text) {
        return !text.isEmpty() && (text.charAt(0) == '_' || isAsciiLetter(text.charAt(0)))
                && nameRestEnd(text, 1) == text.length();
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || c >= '0' && c <= '9';
    }

    private static boolean takesValue(String next) {
        return !next.startsWith("-") && !OPERATORS.contains(next) && !next.startsWith(">") && !next.startsWith("<");
    }
}
