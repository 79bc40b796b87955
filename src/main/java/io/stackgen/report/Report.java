package io.stackgen.report;

import io.stackgen.lint.LintResult;
import java.io.IOException;

/** One output format of {@code stackgen lint} ({@code --format NAME[=FILE]}). */
public interface Report {
    /** The name used with {@code --format}, e.g. {@code sarif}. */
    String name();

    /**
     * Writes the whole report. {@code options} says whether colour is wanted (text on a terminal without
     * NO_COLOR) and which stackgen version and working directory to record.
     */
    void write(LintResult result, ReportOptions options, Appendable out) throws IOException;
}
