package io.stackgen.cli;

import io.stackgen.chart.Chart;
import io.stackgen.chart.ChartLoader;
import io.stackgen.chart.ValuesTable;
import io.stackgen.common.AtomicFiles;
import io.stackgen.common.GeneratedSection;
import io.stackgen.common.InputException;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "values-table",
        mixinStandardHelpOptions = true,
        description = {
            "Print the Markdown table of a chart's values: every key documented in values.schema.json with its "
                + "type, its default from values.yaml and its description.",
            "",
            "With --write, replace the table in the chart's README.md between the lines "
                + "'<!-- values-table:start -->' and '<!-- values-table:end -->'; with --check, exit 1 when that "
                + "table is stale (for CI)."
        },
        footer = {"", "Examples:",
            "  stackgen values-table linea-stack",
            "  stackgen values-table charts/linea-stack --write",
            "  stackgen values-table charts/linea-stack --check"})
public final class ValuesTableCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CHART", description = "A built-in chart name or a chart directory.")
    String chart;

    @ArgGroup(exclusive = true)
    Mode mode = new Mode();

    static final class Mode {
        @Option(names = "--write", description = "Update the table in the chart's README.md.")
        boolean write;

        @Option(names = "--check", description = "Exit 1 if the table in the chart's README.md is not current.")
        boolean check;
    }

    @Override
    public Integer call() throws IOException {
        Chart loaded = ChartLoader.load(chart);
        String table = ValuesTable.markdown(loaded);
        if (!mode.write && !mode.check) {
            spec.commandLine().getOut().print(table);
            spec.commandLine().getOut().flush();
            return Main.EXIT_OK;
        }
        Path readme = loaded.root().resolve("README.md");
        String display = loaded.display("README.md");
        if (!Files.isRegularFile(readme)) {
            throw new InputException(display + ": no README.md to hold the values table");
        }
        String current = Files.readString(readme);
        String updated = GeneratedSection.replace(current, ValuesTable.SECTION, table).orElseThrow(() -> new InputException(
                display + ": no '<!-- values-table:start -->' / '<!-- values-table:end -->' marker lines"));
        if (mode.check) {
            if (updated.equals(current)) {
                return Main.EXIT_OK;
            }
            spec.commandLine().getErr().println(display + ": the values table is stale; run 'stackgen values-table "
                    + chart + " --write'");
            return Main.EXIT_FINDINGS;
        }
        if (readme.getFileSystem() != FileSystems.getDefault()) {
            throw new InputException(display + ": built into the stackgen jar; give the chart directory to --write");
        }
        if (!updated.equals(current)) {
            AtomicFiles.write(readme, updated);
        }
        return Main.EXIT_OK;
    }
}
