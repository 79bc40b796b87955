package io.stackgen.packaging;

import io.stackgen.chart.ChartLoader;
import io.stackgen.chart.ChartMetadata;
import io.stackgen.common.DirectorySwap;
import io.stackgen.common.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * A chart archive read from bytes that may come from anywhere: a Helm chart ({@code stackgen package})
 * or a stackgen source chart ({@code stackgen package --source}). Reading checks everything
 * {@link ArchiveReader} checks, then that {@code <top>/Chart.yaml} is a valid chart whose name is the
 * top directory's.
 */
public final class ChartArchive {
    /** What an archive holds, and the file name it is written to (its OCI media types are the registry's business). */
    public enum Kind {
        HELM(".tgz"),
        STACKGEN_SOURCE(".stackgen.tgz");

        private final String suffix;

        Kind(String suffix) {
            this.suffix = suffix;
        }

        /** {@code <name>-<version>.tgz} or {@code <name>-<version>.stackgen.tgz}. */
        public String fileName(String name, String version) {
            return name + "-" + version + suffix;
        }
    }

    private final String display;
    private final ArchiveReader.Contents contents;
    private final ChartMetadata metadata;
    private final Kind kind;

    private ChartArchive(String display, ArchiveReader.Contents contents, ChartMetadata metadata, Kind kind) {
        this.display = display;
        this.contents = contents;
        this.metadata = metadata;
        this.kind = kind;
    }

    /** Reads an archive whose kind is told by its content: a source chart carries its template library. */
    public static ChartArchive read(byte[] tgz, String display) {
        return read(tgz, display, null);
    }

    /** Reads an archive whose kind the caller knows (from its OCI media type); null: tell it by content. */
    public static ChartArchive read(byte[] tgz, String display, Kind kind) {
        ArchiveReader.Contents contents = ArchiveReader.read(tgz, display);
        String chartYamlName = contents.top() + "/Chart.yaml";
        byte[] chartYaml = contents.files().get("Chart.yaml");
        if (chartYaml == null) {
            throw new InputException(display + ": not a chart archive: no " + chartYamlName);
        }
        ChartMetadata metadata = ChartMetadata.parse(display + ": " + chartYamlName,
                new String(chartYaml, StandardCharsets.UTF_8));
        if (!metadata.name().equals(contents.top())) {
            throw new InputException(display + ": the top directory '" + contents.top() + "/' does not match the chart name '"
                    + metadata.name() + "' in " + chartYamlName);
        }
        boolean hasLibrary = contents.files().keySet().stream().anyMatch(p -> p.startsWith(ChartLoader.LIBRARY_DIR + "/"));
        return new ChartArchive(display, contents, metadata, kind != null ? kind : hasLibrary ? Kind.STACKGEN_SOURCE : Kind.HELM);
    }

    public String name() {
        return metadata.name();
    }

    public String version() {
        return metadata.version();
    }

    /** Chart.yaml as parsed. */
    public Map<String, Object> chartYaml() {
        return metadata.raw();
    }

    public Kind kind() {
        return kind;
    }

    /** The latest time of any entry: the packaging epoch for archives stackgen wrote. */
    public Instant modified() {
        return contents.modified();
    }

    /** File contents by path below the top directory, sorted. */
    public SortedMap<String, byte[]> files() {
        return contents.files();
    }

    /**
     * Writes the chart to {@code dir/<name>/}, which must not exist yet: everything goes into a hidden staging
     * folder in {@code dir} first and is renamed into place ({@link DirectorySwap}), so a failure leaves nothing behind.
     *
     * @return the chart folder
     */
    public Path extractTo(Path dir) {
        Path target = dir.resolve(name());
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new InputException(target + ": already exists; remove it or extract elsewhere");
        }
        try (DirectorySwap swap = DirectorySwap.in(dir)) {
            swap.createDirectories(name());
            for (String directory : contents.directories()) {
                swap.createDirectories(name() + "/" + directory);
            }
            for (Map.Entry<String, byte[]> file : contents.files().entrySet()) {
                swap.write(name() + "/" + file.getKey(), file.getValue());
            }
            swap.swapIn(List.of(name()));
        } catch (IOException e) {
            throw new InputException(display + ": cannot extract to " + dir + ": " + e.getMessage());
        }
        return target;
    }
}
