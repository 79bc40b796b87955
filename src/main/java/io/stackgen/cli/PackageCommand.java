package io.stackgen.cli;

import io.stackgen.chart.ChartLoader;
import io.stackgen.common.AtomicFiles;
import io.stackgen.common.InputException;
import io.stackgen.packaging.ArchiveEpoch;
import io.stackgen.packaging.PackageStamp;
import io.stackgen.packaging.PackagedChart;
import io.stackgen.packaging.ReleaseChartPackager;
import io.stackgen.packaging.SourceChartPackager;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "package",
        sortOptions = false,
        description = {
            "Package a chart as a chart archive in DIR, ready for 'stackgen push'.",
            "",
            "Without --source: a Helm chart (apiVersion v2) of one rendered release, written to DIR/<name>-<version>.tgz. "
                + "It holds the documents 'stackgen render' prints for the same flags, so 'helm install' and 'helm template' "
                + "(and Argo CD, Flux) give exactly those objects. The release name, namespace and values are fixed at "
                + "packaging time: its values.schema.json refuses any value but 'global'.",
            "",
            "With --source: the stackgen chart itself, written to DIR/<name>-<version>.stackgen.tgz, with the template "
                + "library it uses and its subcharts, so that it renders the same anywhere ('stackgen render' of the "
                + "unpacked folder).",
            "",
            "Archives are reproducible: the same input gives the same bytes. Every entry's time is SOURCE_DATE_EPOCH "
                + "when set, else 1980-01-01T00:00:00Z. The file appears complete or not at all.",
            ""
        },
        footer = {"", "Examples:",
            "  stackgen package validator-1 linera-validator -n validators -f prod.yaml -d dist/",
            "  stackgen package linera-validator -f prod.yaml --version 0.2.1+prod.3 -d dist/",
            "  stackgen package --source linera-validator-stack -d dist/"})
public final class PackageCommand implements Callable<Integer> {
    /** The options --source allows; every other one describes a release, which a source chart does not have. */
    private static final Set<String> SOURCE_OPTIONS = Set.of("--source", "--destination", "--version", "--debug", "--help");

    @Spec
    CommandSpec spec;

    @Option(names = "--source", description = "Package the chart's sources instead of a rendered release.")
    boolean source;

    @Mixin
    ReleaseOptions release = new ReleaseOptions();

    @Option(names = {"-d", "--destination"}, paramLabel = "DIR", defaultValue = ".",
            description = "Directory to write the archive to (default: the current directory).")
    Path destination;

    @Option(names = "--version", paramLabel = "VERSION",
            description = "Chart version to write into the package's Chart.yaml (default: the chart's).")
    String version;

    @Option(names = "--app-version", paramLabel = "VERSION",
            description = "appVersion to write into the package's Chart.yaml (default: the chart's).")
    String appVersion;

    @Option(names = "--debug", description = "Print stack traces for errors.")
    boolean debug;

    /** Not mixinStandardHelpOptions: its -V/--version would take the --version that helm package also has. */
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Override
    public Integer call() {
        Instant time = ArchiveEpoch.from(System.getenv());
        PackagedChart packaged = source ? packSource(time) : packRelease(time);
        Path target = destination.resolve(packaged.fileName());
        AtomicFiles.write(target, packaged.bytes());
        spec.commandLine().getOut().println("Packaged " + target + " (sha256:" + packaged.sha256() + ")");
        return Main.EXIT_OK;
    }

    private PackagedChart packSource(Instant time) {
        List<String> misplaced = spec.commandLine().getParseResult().matchedOptions().stream()
                .map(OptionSpec::longestName)
                .filter(name -> !SOURCE_OPTIONS.contains(name))
                .distinct()
                .toList();
        if (!misplaced.isEmpty() || release.positional.size() > 1) {
            List<String> named = new ArrayList<>(misplaced);
            if (release.positional.size() > 1) {
                named.add(0, "a release NAME");
            }
            throw new InputException("--source packages the chart itself, for any release: " + String.join(", ", named)
                    + (named.size() == 1 ? " does" : " do") + " not apply");
        }
        return SourceChartPackager.pack(ChartLoader.load(release.chart()), version, time);
    }

    private PackagedChart packRelease(Instant time) {
        RenderedRelease rendered = ReleasePipeline.run(release.request(List.of()), spec.commandLine().getErr());
        return ReleaseChartPackager.pack(rendered.scope(), rendered.documents(), version, appVersion,
                new PackageStamp(command(), StackgenVersion.number(), time));
    }

    /** How this package was made, as Chart.yaml and the refusal of values show it. */
    private String command() {
        List<String> words = new ArrayList<>(List.of("stackgen", "package"));
        words.addAll(release.describe());
        if (version != null) {
            words.add("--version");
            words.add(version);
        }
        if (appVersion != null) {
            words.add("--app-version");
            words.add(appVersion);
        }
        return words.stream().map(PackageCommand::shellWord).reduce((a, b) -> a + " " + b).orElseThrow();
    }

    /** A word as a POSIX shell would need it written. */
    private static String shellWord(String word) {
        return word.matches("[A-Za-z0-9@%+=:,./_-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}
