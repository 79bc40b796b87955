package io.stackgen.cli;

import io.stackgen.report.Report;
import io.stackgen.report.Reports;
import java.util.List;
import java.util.Optional;

/** The formats stackgen ships, from the report package (tests substitute their own lookup). */
final class LintReports implements ReportLookup {
    @Override
    public Optional<Report> byName(String name) {
        return Reports.byName(name);
    }

    @Override
    public List<String> names() {
        return Reports.names();
    }
}
