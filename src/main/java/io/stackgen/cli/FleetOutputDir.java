package io.stackgen.cli;

import io.stackgen.common.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Writes a fleet's output as {@code DIR/<release>/}, each release laid out as {@code stackgen render --output-dir
 * DIR/<release>} lays it out. Releases are written to one staging folder inside DIR as they are rendered
 * ({@link #stage}, from any thread); only when every release has rendered are the release folders swapped in by
 * renames ({@link #commit}), the old ones moved aside until every new one is in. A failure before that leaves DIR as
 * it was; a failure while swapping moves back what was already swapped. Folders of releases not in this run (removed
 * from the fleet, or not selected with --only) are left alone. The old folders are deleted in the background after
 * the swap; {@link #close} waits for that and removes whatever staging is left.
 */
final class FleetOutputDir implements AutoCloseable {
    private final Path dir;
    private final Path staging;
    private final boolean createdDir;
    private Path previous;
    private CompletableFuture<Void> cleanup = CompletableFuture.completedFuture(null);

    private FleetOutputDir(Path dir, Path staging, boolean createdDir) {
        this.dir = dir;
        this.staging = staging;
        this.createdDir = createdDir;
    }

    static FleetOutputDir open(Path dir) {
        try {
            boolean created = !Files.exists(dir, LinkOption.NOFOLLOW_LINKS);
            Files.createDirectories(dir);
            return new FleetOutputDir(dir, Files.createTempDirectory(dir, ".fleet.staging-"), created);
        } catch (IOException e) {
            throw failure(dir, e);
        }
    }

    /** Writes one rendered release into the staging folder; releases may be staged concurrently. */
    void stage(FleetRenderer.Rendered release) {
        String chart = release.output().chartName();
        try {
            OutputDirWriter.writeChart(staging.resolve(release.name()).resolve(chart), chart, release.output().documents());
        } catch (IOException e) {
            throw failure(dir, e);
        }
    }

    /** Swaps the staged releases in, in fleet order. */
    void commit(List<FleetRenderer.Rendered> releases) {
        try {
            previous = Files.createTempDirectory(dir, ".fleet.previous-");
            swapIn(releases.stream().map(FleetRenderer.Rendered::name).toList());
        } catch (IOException e) {
            throw failure(dir, e);
        }
        Path old = previous;
        cleanup = CompletableFuture.runAsync(() -> deleteEach(old));
    }

    /**
     * Waits for the old folders to be deleted, and deletes what is left of the staging folder; without a commit, also
     * DIR itself if this run created it.
     */
    @Override
    public void close() {
        cleanup.join();
        OutputDirWriter.deleteTree(staging);
        if (previous != null) {
            OutputDirWriter.deleteTree(previous);
        } else if (createdDir) {
            OutputDirWriter.deleteTree(dir);
        }
    }

    private void swapIn(List<String> names) throws IOException {
        List<String> touched = new ArrayList<>();
        try {
            for (String name : names) {
                touched.add(name);
                Path target = dir.resolve(name);
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    OutputDirWriter.move(target, previous.resolve(name));
                }
                OutputDirWriter.move(staging.resolve(name), target);
            }
        } catch (IOException e) {
            rollBack(touched, e);
            throw e;
        }
    }

    /** Best effort, newest first: the new folder back to staging, the old one back in place. */
    private void rollBack(List<String> touched, IOException cause) {
        for (int i = touched.size() - 1; i >= 0; i--) {
            String name = touched.get(i);
            Path target = dir.resolve(name);
            try {
                if (!Files.exists(staging.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
                    OutputDirWriter.move(target, staging.resolve(name));
                }
                if (Files.exists(previous.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
                    OutputDirWriter.move(previous.resolve(name), target);
                }
            } catch (IOException again) {
                cause.addSuppressed(again);
            }
        }
    }

    /** The old release folders, each on the common pool: unlinking thousands of files is most of a swap's cost. */
    private static void deleteEach(Path folder) {
        try (var entries = Files.list(folder)) {
            entries.toList().parallelStream().forEach(OutputDirWriter::deleteTree);
        } catch (IOException ignored) {
            // best effort, as every deletion here: close() tries the whole folder again
        }
    }

    private static InputException failure(Path dir, IOException e) {
        return new InputException(dir + ": cannot write output: " + e.getMessage());
    }
}
