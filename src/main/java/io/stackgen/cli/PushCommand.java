package io.stackgen.cli;

import io.stackgen.common.InputException;
import io.stackgen.oci.ChartArtifact;
import io.stackgen.oci.ChartPusher;
import io.stackgen.oci.OciReference;
import io.stackgen.oci.RegistryClient;
import io.stackgen.packaging.ChartArchive;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "push",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Push a chart archive to an OCI registry, as 'helm push' does.",
            "",
            "ARCHIVE is a Helm chart (<name>-<version>.tgz from 'stackgen package') or a stackgen source chart "
                + "(<name>-<version>.stackgen.tgz from 'stackgen package --source'). It goes to "
                + "HOST/REPOSITORY/<name>:<version> ('+' in the version becomes '_', as OCI tags require), with Helm's "
                + "media types for a Helm chart and stackgen's for a source chart.",
            "",
            "The manifest's org.opencontainers.image.created is SOURCE_DATE_EPOCH if set, else the archive's own time "
                + "(the packaging epoch), never the clock: pushing the same archive twice gives the same digest.",
            ""
        },
        footer = {"", "Examples:",
            "  stackgen push dist/linera-validator-0.2.1.tgz oci://ghcr.io/acme/charts",
            "  stackgen push dist/x-1.0.0.tgz oci://ghcr.io/acme --username me --password-stdin <pw",
            "  stackgen push dist/x-1.0.0.stackgen.tgz oci://localhost:5000/sources --plain-http"})
public final class PushCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ARCHIVE", description = "The chart archive to push.")
    Path archive;

    @Parameters(index = "1", paramLabel = "oci://HOST[:PORT]/REPOSITORY", description = "Where to push it.")
    String remote;

    @Mixin
    RegistryOptions registry = new RegistryOptions();

    @Mixin
    RegistryRequestOptions requests = new RegistryRequestOptions();

    @Override
    public Integer call() {
        OciReference repository = OciReference.repository(remote);
        byte[] bytes = read(archive);
        ChartArchive chart = ChartArchive.read(bytes, archive.toString());
        ChartArtifact artifact = new ChartArtifact(OciCharts.kind(chart.kind()), chart.chartYaml(), bytes,
                OciCharts.created(chart, System.getenv()));
        RegistryClient client = RegistryClient.connect(repository.host(),
                registry.settings(requests.timeout(), requests.debug, false, spec.commandLine().getErr()));
        ChartPusher.Pushed pushed = ChartPusher.push(client, repository, artifact);
        spec.commandLine().getOut().println("Pushed: " + pushed.pinned());
        spec.commandLine().getOut().flush();
        return Main.EXIT_OK;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": no such file");
        } catch (IOException e) {
            throw new InputException(file + ": cannot read: " + e.getMessage());
        }
    }
}
