package io.stackgen.cli;

import io.stackgen.report.Report;
import java.util.List;
import java.util.Optional;

/**
 * The formats stackgen ships. MERGE: the report package's own lookup replaces this class and
 * {@link InterimTextReport} when it lands.
 */
final class LintReports implements ReportLookup {
    private static final List<Report> ALL = List.of(new InterimTextReport());

    @Override
    public Optional<Report> byName(String name) {
        return ALL.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    @Override
    public List<String> names() {
        return ALL.stream().map(Report::name).toList();
    }
}
