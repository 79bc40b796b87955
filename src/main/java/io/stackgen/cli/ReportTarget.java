package io.stackgen.cli;

import io.stackgen.common.InputException;
import io.stackgen.report.Report;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One {@code --format NAME[=FILE]}: a report and where it goes (standard output when no file, or {@code =-}).
 *
 * @param file empty for standard output
 */
record ReportTarget(Report report, Optional<Path> file) {

    /** Parses every --format; at most one may write to standard output and no file may be named twice. */
    static List<ReportTarget> parse(List<String> formats, ReportLookup reports) {
        List<ReportTarget> targets = new ArrayList<>();
        Set<Path> files = new HashSet<>();
        boolean stdout = false;
        for (String format : formats) {
            int eq = format.indexOf('=');
            String name = eq < 0 ? format : format.substring(0, eq);
            String file = eq < 0 ? "-" : format.substring(eq + 1);
            Report report = reports.byName(name).orElseThrow(() -> new InputException("--format " + format
                    + ": unknown format '" + name + "' (known: " + String.join(", ", reports.names()) + ")"));
            if (file.isEmpty()) {
                throw new InputException("--format " + format + ": no file after '='");
            }
            if (file.equals("-")) {
                if (stdout) {
                    throw new InputException("--format " + format
                            + ": only one report can go to standard output; give the others a file (NAME=FILE)");
                }
                stdout = true;
                targets.add(new ReportTarget(report, Optional.empty()));
            } else {
                Path path = Path.of(file);
                if (!files.add(path.toAbsolutePath().normalize())) {
                    throw new InputException("--format " + format + ": " + file + " is named by two --format options");
                }
                targets.add(new ReportTarget(report, Optional.of(path)));
            }
        }
        return targets;
    }

    boolean toStdout() {
        return file.isEmpty();
    }
}
