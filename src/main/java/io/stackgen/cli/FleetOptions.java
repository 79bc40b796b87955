package io.stackgen.cli;

import io.stackgen.common.InputException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

/** --fleet, --only and --jobs, shared by render and lint. */
public final class FleetOptions {
    @Option(names = "--fleet", paramLabel = "FILE",
            description = "A fleet file (stackgen.fleet.yaml): every release in it, in one run. See docs/fleet.md.")
    String file;

    @Option(names = "--only", paramLabel = "NAME|GROUP", split = ",",
            description = "With --fleet: only the releases with this name or in this group (repeatable; comma-separated lists too).")
    List<String> only = new ArrayList<>();

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "With --fleet: how many releases render at once (default: the number of processors).")
    Integer jobs;

    boolean given() {
        return file != null;
    }

    int jobs() {
        return jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
    }

    /**
     * Without --fleet, --only and --jobs mean nothing; with it, what describes a single release (its chart, values,
     * name, namespace) belongs in the fleet file.
     *
     * @param singleRelease the command's options that describe one release, by their long names
     */
    void check(ParseResult parse, String positionals, List<String> singleRelease) {
        if (!given()) {
            for (String option : List.of("--only", "--jobs")) {
                if (parse.hasMatchedOption(option)) {
                    throw new InputException(option + " needs --fleet FILE");
                }
            }
            return;
        }
        if (jobs != null && jobs < 1) {
            throw new InputException("--jobs " + jobs + ": at least 1 is needed");
        }
        List<String> refused = new ArrayList<>();
        if (!parse.matchedPositionals().isEmpty()) {
            refused.add(positionals);
        }
        singleRelease.stream().filter(parse::hasMatchedOption).forEach(refused::add);
        if (!refused.isEmpty()) {
            throw new InputException("--fleet renders the releases of " + file + "; " + String.join(", ", refused)
                    + (refused.size() == 1 ? " describes" : " describe")
                    + " a single release: put it in the fleet file instead");
        }
    }
}
