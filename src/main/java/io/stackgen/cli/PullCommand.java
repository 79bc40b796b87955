package io.stackgen.cli;

import io.stackgen.common.AtomicFiles;
import io.stackgen.oci.OciReference;
import io.stackgen.packaging.ChartArchive;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "pull",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Pull a chart from an OCI registry into DIR/<name>-<version>.tgz (a Helm chart) or "
                + "DIR/<name>-<version>.stackgen.tgz (a stackgen source chart).",
            "",
            "Every digest is checked before anything is written: the manifest's (against the reference when it is "
                + "pinned with @sha256:…, and against the registry's own Docker-Content-Digest), and each blob's. The "
                + "archive is then read as safely as 'render oci://' reads it and written atomically.",
            ""
        },
        footer = {"", "Examples:",
            "  stackgen pull oci://ghcr.io/acme/charts/linera-validator:0.2.1 -d charts/",
            "  stackgen pull oci://ghcr.io/acme/charts/linera-validator@sha256:<digest>"})
public final class PullCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "oci://HOST[:PORT]/REPOSITORY/CHART:VERSION",
            description = "The chart: a version (tag) or @sha256:<digest>.")
    String reference;

    @Option(names = {"-d", "--destination"}, paramLabel = "DIR", defaultValue = ".",
            description = "Where to write the archive (default: the current directory).")
    Path destination;

    @Mixin
    RegistryOptions registry = new RegistryOptions();

    @Mixin
    RegistryRequestOptions requests = new RegistryRequestOptions();

    @Override
    public Integer call() {
        OciReference ref = OciReference.chart(reference);
        OciCharts.Fetched fetched = OciCharts.fetch(ref,
                registry.settings(requests.timeout(), requests.debug, false, spec.commandLine().getErr()));
        ChartArchive chart = fetched.chart();
        Path file = destination.resolve(chart.kind().fileName(chart.name(), chart.version()));
        AtomicFiles.write(file, fetched.pulled().archive());
        spec.commandLine().getOut().println("Pulled: " + fetched.pulled().pinned());
        spec.commandLine().getOut().println("Wrote: " + file);
        spec.commandLine().getOut().flush();
        return Main.EXIT_OK;
    }
}
