package io.stackgen.report;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a notice points, read back from its {@code where} text ({@code file:line} or {@code file:line:column}) so
 * that SARIF and GitHub can attach it to the file; a {@code where} of another shape has no location.
 */
record NoticeLocation(String file, int line, OptionalInt column) {
    private static final Pattern WITH_COLUMN = Pattern.compile("(.+):(\\d+):(\\d+)");
    private static final Pattern LINE_ONLY = Pattern.compile("(.+):(\\d+)");

    static Optional<NoticeLocation> parse(String where) {
        Matcher full = WITH_COLUMN.matcher(where);
        if (full.matches()) {
            return Optional.of(new NoticeLocation(full.group(1), number(full.group(2)),
                    OptionalInt.of(number(full.group(3)))));
        }
        Matcher line = LINE_ONLY.matcher(where);
        if (line.matches()) {
            return Optional.of(new NoticeLocation(line.group(1), number(line.group(2)), OptionalInt.empty()));
        }
        return Optional.empty();
    }

    private static int number(String digits) {
        try {
            return Math.max(1, Integer.parseInt(digits));
        } catch (NumberFormatException tooLong) {
            return 1;
        }
    }
}
