package io.stackgen.cli;

import io.stackgen.report.Report;
import java.util.List;
import java.util.Optional;

/** The report formats {@code --format} can name. */
interface ReportLookup {
    Optional<Report> byName(String name);

    /** For the message about an unknown format. */
    List<String> names();
}
