package io.stackgen.cli;

import io.stackgen.common.InputException;
import io.stackgen.oci.ChartKind;
import io.stackgen.oci.ChartPuller;
import io.stackgen.oci.OciReference;
import io.stackgen.oci.RegistryClient;
import io.stackgen.oci.RegistrySettings;
import io.stackgen.packaging.ArchiveEpoch;
import io.stackgen.packaging.ChartArchive;
import java.time.Instant;
import java.util.Map;

/** Where chart archives (packaging) meet registries (oci): kinds, the created time, a checked pull. */
final class OciCharts {
    /** A pulled chart, its digests checked and its archive read safely; nothing is on disk yet. */
    record Fetched(ChartPuller.Pulled pulled, ChartArchive chart) {
    }

    private OciCharts() {
    }

    /** The OCI kind (media types) an archive of {@code kind} is pushed as. */
    static ChartKind kind(ChartArchive.Kind kind) {
        return switch (kind) {
            case HELM -> ChartKind.HELM_CHART;
            case STACKGEN_SOURCE -> ChartKind.STACKGEN_SOURCE;
        };
    }

    /** The archive kind a pulled chart of OCI kind {@code kind} is. */
    static ChartArchive.Kind kind(ChartKind kind) {
        return switch (kind) {
            case HELM_CHART -> ChartArchive.Kind.HELM;
            case STACKGEN_SOURCE -> ChartArchive.Kind.STACKGEN_SOURCE;
        };
    }

    /**
     * {@code org.opencontainers.image.created}: SOURCE_DATE_EPOCH when set (reproducible-builds.org), else the
     * archive's newest entry time — the packaging epoch for archives stackgen wrote — so that the same archive
     * always gives the same manifest (Helm uses the file's modification time instead, which changes on copy).
     */
    static Instant created(ChartArchive archive, Map<String, String> environment) {
        String epoch = environment.get(ArchiveEpoch.VARIABLE);
        return epoch == null || epoch.isBlank() ? archive.modified() : ArchiveEpoch.from(environment);
    }

    /** Pulls and checks: digests (oci), then the archive's safety and that it is the chart the reference names. */
    static Fetched fetch(OciReference reference, RegistrySettings settings) {
        ChartPuller.Pulled pulled = ChartPuller.pull(RegistryClient.connect(reference.host(), settings), reference);
        ChartArchive chart = ChartArchive.read(pulled.archive(), reference.toString(), kind(pulled.kind()));
        if (!chart.name().equals(reference.name())) {
            throw new InputException(reference + ": the registry holds the chart '" + chart.name() + "' there, not '"
                    + reference.name() + "'; nothing was written");
        }
        if (reference.tag().filter(tag -> !tag.equals(OciReference.tagOf(chart.version()))).isPresent()) {
            throw new InputException(reference + ": the registry holds version " + chart.version()
                    + " under this tag; nothing was written");
        }
        return new Fetched(pulled, chart);
    }
}
