package io.stackgen.lint.rules.sec;

import io.stackgen.lint.LintSet;
import io.stackgen.lint.model.Container;
import io.stackgen.lint.model.Workload;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values a container's command line passes, each with the name it is passed under: {@code --flag=value},
 * {@code --flag value}, {@code NAME=value} and, inside {@code sh -c} scripts, {@code name = value} lines (heredoc
 * config files). Words that no name claims are returned bare, for checks that need no name (key shapes, URLs).
 */
final class CommandArgs {
    private static final Pattern FLAG_WITH_VALUE = Pattern.compile("(--?([A-Za-z][A-Za-z0-9_.-]*))=(.*)", Pattern.DOTALL);
    private static final Pattern FLAG = Pattern.compile("--?([A-Za-z][A-Za-z0-9_.-]*)");
    private static final Pattern ASSIGNMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(.*)", Pattern.DOTALL);
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");
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
        for (Workload workload : set.workloads()) {
            for (Container container : workload.allContainers()) {
                all.put(container.data(), of(container));
            }
        }
        return all;
    }

    static List<Arg> of(Container container) {
        List<Token> argv = new ArrayList<>();
        List<Arg> args = new ArrayList<>();
        String previous = "";
        for (String field : List.of("command", "args")) {
            List<String> items = container.strings(field);
            for (int i = 0; i < items.size(); i++) {
                String item = items.get(i);
                List<Object> path = container.at(field, i);
                if (SHELL_C.matcher(previous).matches() || item.indexOf('\n') >= 0) {
                    List<Token> words = ShellWords.split(item).stream()
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
            Matcher m;
            if (text.startsWith("-") && (m = FLAG_WITH_VALUE.matcher(text)).matches()) {
                args.add(new Arg(t.path(), t.line(), m.group(1), m.group(2), m.group(3)));
            } else if (text.startsWith("-") && (m = FLAG.matcher(text)).matches()) {
                boolean valued = k + 1 < tokens.size() && takesValue(tokens.get(k + 1).text());
                Token value = valued ? tokens.get(++k) : t;
                args.add(new Arg(value.path(), value.line(), text, m.group(1), valued ? value.text() : ""));
            } else if (text.indexOf('=') > 0 && (m = ASSIGNMENT.matcher(text)).matches()) {
                args.add(new Arg(t.path(), t.line(), m.group(1), m.group(1), m.group(2)));
            } else if (script && k + 2 < tokens.size() && tokens.get(k + 1).text().equals("=")
                    && IDENTIFIER.matcher(text).matches()) {
                Token value = tokens.get(k + 2);
                k += 2;
                args.add(new Arg(value.path(), value.line(), text, text, value.text()));
            } else {
                args.add(new Arg(t.path(), t.line(), "an argument", "", text));
            }
        }
        return args;
    }

    private static boolean takesValue(String next) {
        return !next.startsWith("-") && !OPERATORS.contains(next) && !next.startsWith(">") && !next.startsWith("<");
    }
}
