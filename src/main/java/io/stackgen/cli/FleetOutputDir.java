package io.stackgen.cli;

import io.stackgen.common.DirectorySwap;
import io.stackgen.common.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a fleet's output as {@code DIR/<release>/}, each release laid out as {@code stackgen render --output-dir
 * DIR/<release>} lays it out. Releases are written to a staging folder inside DIR as they are rendered
 * ({@link #stage}, from any thread); only when every release has rendered are the release folders swapped in by
 * renames ({@link #commit}, through {@link DirectorySwap}), so a failure or an interruption leaves DIR as it was.
 * Folders of releases not in this run (removed from the fleet, or not selected with --only) are left alone.
 */
final class FleetOutputDir implements AutoCloseable {
    private final Path dir;
    private final DirectorySwap swap;
    private final boolean created;
    private boolean committed;

    private FleetOutputDir(Path dir, DirectorySwap swap, boolean created) {
        this.dir = dir;
        this.swap = swap;
        this.created = created;
    }

    static FleetOutputDir open(Path dir) {
        try {
            boolean created = !Files.exists(dir, LinkOption.NOFOLLOW_LINKS);
            return new FleetOutputDir(dir, DirectorySwap.in(dir), created);
        } catch (IOException e) {
            throw failure(dir, e);
        }
    }

    /** Writes one rendered release into the staging folder; releases may be staged concurrently. */
    void stage(FleetRenderer.Rendered release) {
        String chart = release.output().chartName();
        try {
            OutputDirWriter.writeChart(swap, release.name() + "/" + chart, chart, release.output().documents());
        } catch (IOException e) {
            throw failure(dir, e);
        }
    }

    /** Swaps the staged releases in. */
    void commit(List<FleetRenderer.Rendered> releases) {
        try {
            swap.swapIn(releases.stream().map(FleetRenderer.Rendered::name).toList());
            committed = true;
        } catch (IOException e) {
            throw failure(dir, e);
        }
    }

    /** Deletes the staging folder and the replaced release folders; without a commit, DIR too if this run made it. */
    @Override
    public void close() {
        swap.close();
        if (created && !committed) {
            try {
                Files.deleteIfExists(dir);
            } catch (IOException e) {
                // not empty: someone else wrote there meanwhile; leave it
            }
        }
    }

    private static InputException failure(Path dir, IOException e) {
        return new InputException(dir + ": cannot write output: " + e.getMessage());
    }
}
