package io.stackgen.cli;

import io.stackgen.values.SetMode;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Helm's --set family of flags, shared by render and lint. */
public final class SetOptions {
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
        describe(out, SetMode.JSON, setJson);
        describe(out, SetMode.TYPED, set);
        describe(out, SetMode.STRING, setString);
        describe(out, SetMode.FILE, setFile);
        describe(out, SetMode.LITERAL, setLiteral);
        return out;
    }

    private static void describe(List<String> out, SetMode mode, List<String> args) {
        args.forEach(arg -> out.addAll(List.of(mode.flag(), mode.withoutValues(arg))));
    }

    boolean isEmpty() {
        return setJson.isEmpty() && set.isEmpty() && setString.isEmpty() && setFile.isEmpty() && setLiteral.isEmpty();
    }
}
