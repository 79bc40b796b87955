package io.stackgen.report;

import java.nio.file.Path;

/**
 * What a report needs to know besides the findings.
 *
 * @param colour           ANSI colour (only the text report uses it)
 * @param toolVersion      stackgen's version, recorded in SARIF and JUnit
 * @param workingDirectory for relative artifact URIs in SARIF
 */
public record ReportOptions(boolean colour, String toolVersion, Path workingDirectory) {
}
