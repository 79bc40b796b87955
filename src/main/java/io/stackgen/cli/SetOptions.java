package io.stackgen.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/** Helm's --set family of flags, shared by render and lint. */
public final class SetOptions {
    /** A key of a --set style assignment: at the start, or after a comma that is not escaped. */
    private static final Pattern ASSIGNED_KEY = Pattern.compile("(?:^|(?<!\\\\),)([^=,]+)=");

    @Option(names = "--set-json", paramLabel = "KEY=JSON",
            description = "Set a value to a JSON value, or merge a whole JSON object (applied after -f files).")
    List<String> setJson = new ArrayList<>();

    @Option(names = "--set", paramLabel = "KEY=VAL",
            description = "Set values with Helm's syntax: a.b=c, list[0]=x, {a,b} lists, \\, and \\. escapes; true/false/null/integers are typed.")
    List<String> set = new ArrayList<>();

    @Option(names = "--set-string", paramLabel = "KEY=VAL", description = "Like --set, but every value stays a string.")
    List<String> setString = new ArrayList<>();

    @Option(names = "--set-file", paramLabel = "KEY=FILE", description = "Set a value to the contents of a file.")
    List<String> setFile = new ArrayList<>();

    @Option(names = "--set-literal", paramLabel = "KEY=VAL", description = "Set a value to the literal string after '=' (no parsing).")
    List<String> setLiteral = new ArrayList<>();

    /**
     * The flags as arguments, values left out ({@code key=...}) since they may be secrets; files given to
     * --set-file are named.
     */
    List<String> describeWithoutValues() {
        List<String> out = new ArrayList<>();
        setJson.forEach(s -> out.addAll(List.of("--set-json", keysOnly(s))));
        set.forEach(s -> out.addAll(List.of("--set", keysOnly(s))));
        setString.forEach(s -> out.addAll(List.of("--set-string", keysOnly(s))));
        setFile.forEach(s -> out.addAll(List.of("--set-file", s)));
        setLiteral.forEach(s -> out.addAll(List.of("--set-literal", s.contains("=") ? s.substring(0, s.indexOf('=')) + "=..." : "...")));
        return out;
    }

    private static String keysOnly(String assignments) {
        List<String> keys = new ArrayList<>();
        Matcher key = ASSIGNED_KEY.matcher(assignments);
        while (key.find()) {
            keys.add(key.group(1) + "=...");
        }
        return keys.isEmpty() ? "..." : String.join(",", keys);
    }

    boolean isEmpty() {
        return setJson.isEmpty() && set.isEmpty() && setString.isEmpty() && setFile.isEmpty() && setLiteral.isEmpty();
    }
}
