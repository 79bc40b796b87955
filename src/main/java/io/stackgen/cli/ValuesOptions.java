package io.stackgen.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Helm's values flags, applied in Helm's precedence whatever their order on the command line. */
public final class ValuesOptions {
    @Option(names = {"-f", "--values"}, paramLabel = "FILE",
            description = "Values file (repeatable; later files win; '-' reads standard input).")
    List<String> valuesFiles = new ArrayList<>();

    @Mixin
    SetOptions set = new SetOptions();

    /** The same --set flags over other values files (lint renders one chart with several values sets). */
    static ValuesOptions of(List<String> valuesFiles, SetOptions set) {
        ValuesOptions options = new ValuesOptions();
        options.valuesFiles = List.copyOf(valuesFiles);
        options.set = set;
        return options;
    }
}
