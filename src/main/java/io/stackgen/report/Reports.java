package io.stackgen.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The report formats of {@code stackgen lint --format}, looked up by name. */
public final class Reports {
    /** In {@code --help} order; the first is the default. */
    private static final List<Report> ALL = List.of(
            new TextReport(), new JsonReport(), new SarifReport(), new JunitReport(), new GithubReport());

    private Reports() {
    }

    /** The default format, {@code text}. */
    public static Report defaultReport() {
        return ALL.get(0);
    }

    /** The format called {@code name} (case does not matter), if there is one. */
    public static Optional<Report> byName(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return ALL.stream().filter(report -> report.name().equals(wanted)).findFirst();
    }

    /** Every format's name, e.g. for {@code --format} completion and the error for an unknown one. */
    public static List<String> names() {
        return ALL.stream().map(Report::name).toList();
    }
}
