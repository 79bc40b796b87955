package io.stackgen.cli;

import io.stackgen.chart.BuiltinCharts;
import io.stackgen.lint.RuleCatalog;
import io.stackgen.report.Reports;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The workload the launcher records to build its class-data archive ({@code cli/stackgen --build-cache}):
 * every built-in chart rendered with each of its examples (values, schema check, templates, Kubernetes checks,
 * output formatting, --output-dir), the renders linted with a suppressions file into every report format, a fleet
 * of them rendered and linted, and the rule list. Everything happens in the scratch folder given as the only argument; no user file is read or
 * written. Failures only mean a smaller archive, so they are reported to standard error and skipped.
 */
public final class ArchiveTraining {
    private final Path work;
    private final PrintWriter log = new PrintWriter(System.err, true);

    private ArchiveTraining(Path work) {
        this.work = work;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ArchiveTraining SCRATCH_DIR");
            System.exit(Main.EXIT_INPUT);
        }
        new ArchiveTraining(Path.of(args[0])).run();
    }

    private void run() throws IOException {
        Path renders = Files.createDirectories(work.resolve("renders"));
        for (String chart : BuiltinCharts.NAMES) {
            Path examples = BuiltinCharts.chart(chart).resolve("examples");
            Path minimal = Files.exists(examples.resolve("minimal.yaml")) ? copy(chart, examples.resolve("minimal.yaml")) : null;
            for (Path example : examples(examples)) {
                List<String> render = new ArrayList<>(List.of("render", "train", chart, "-n", "training"));
                if (minimal != null) {
                    render.addAll(List.of("-f", minimal.toString()));
                }
                if (!example.getFileName().toString().equals("minimal.yaml")) {
                    render.addAll(List.of("-f", copy(chart, example).toString()));
                }
                String out = cli(0, render.toArray(String[]::new));
                Files.writeString(renders.resolve(chart + "-" + example.getFileName()), out, StandardCharsets.UTF_8);
            }
        }
        Path firstValues = work.resolve(BuiltinCharts.NAMES.get(0) + "-minimal.yaml");
        cli(0, "render", BuiltinCharts.NAMES.get(0), "-f", firstValues.toString(), "--output-dir", work.resolve("out").toString());
        Path fleet = fleet();
        cli(0, "render", "--fleet", fleet.toString(), "-o", work.resolve("fleet-out").toString(), "--lint", "--fail-on", "never");
        cli(-1, "lint", "--fleet", fleet.toString());

        String rule = RuleCatalog.all().get(0).metadata().id();
        Path config = work.resolve(LintConfigFile.NAME);
        Files.writeString(config, "suppressions:\n  - rule: " + rule + "\n    object: {kind: StatefulSet}\n"
                + "    reason: training run of the launcher\n", StandardCharsets.UTF_8);
        List<String> lint = new ArrayList<>(List.of("lint", renders.toString(), "--config", config.toString()));
        for (String format : Reports.names()) {
            lint.addAll(List.of("--format", format + "=" + work.resolve("lint." + format)));
        }
        cli(-1, lint.toArray(String[]::new));
        cli(-1, "lint", BuiltinCharts.NAMES.get(0), "--config", config.toString(), "--values", firstValues.toString());
        cli(0, "rules");
        cli(0, "rules", rule);
        cli(0, "--help");
    }

    /** A fleet of every built-in chart, with its minimal.yaml where it ships one. */
    private Path fleet() throws IOException {
        StringBuilder text = new StringBuilder("releases:\n");
        for (String chart : BuiltinCharts.NAMES) {
            text.append("  - name: train-").append(chart).append("\n    chart: ").append(chart).append('\n');
            if (Files.exists(work.resolve(chart + "-minimal.yaml"))) {
                text.append("    values: [").append(chart).append("-minimal.yaml]\n");
            }
        }
        return Files.writeString(work.resolve("stackgen.fleet.yaml"), text, StandardCharsets.UTF_8);
    }

    /** Where a chart ships a minimal.yaml, its other examples are overlays on it (as ChartExamplesTest renders them). */
    private static List<Path> examples(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private Path copy(String chart, Path values) throws IOException {
        Path target = work.resolve(chart + "-" + values.getFileName());
        return Files.exists(target) ? target : Files.copy(values, target);
    }

    /** Runs one command in this process; {@code expected} -1 accepts any exit code (lint may find something). */
    private String cli(int expected, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        if (expected >= 0 && code != expected) {
            log.println("training: '" + String.join(" ", args) + "' exited " + code + ":\n" + err);
        }
        return out.toString();
    }
}
