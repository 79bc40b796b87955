package io.stackgen.cli;

import io.stackgen.common.DirectorySwap;
import io.stackgen.common.InputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a fleet's output as {@code DIR/<release>/}, each release laid out as {@code stackgen render --output-dir
 * DIR/<release>} lays it out. All releases are staged in DIR first; only then are the release folders swapped in by
 * renames ({@link DirectorySwap}), so a failure or an interruption leaves DIR as it was. Folders of releases not in
 * this run (removed from the fleet, or not selected with --only) are left alone.
 */
final class FleetOutputDir {
    private FleetOutputDir() {
    }

    static void write(Path dir, List<FleetRenderer.Rendered> releases) {
        try (DirectorySwap swap = DirectorySwap.in(dir)) {
            for (FleetRenderer.Rendered release : releases) {
                String chart = release.output().chartName();
                OutputDirWriter.writeChart(swap, release.name() + "/" + chart, chart, release.output().documents());
            }
            swap.swapIn(releases.stream().map(FleetRenderer.Rendered::name).toList());
        } catch (IOException e) {
            throw new InputException(dir + ": cannot write output: " + e.getMessage());
        }
    }
}
