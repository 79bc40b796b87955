package io.stackgen.cli;

import io.stackgen.common.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a fleet's output as {@code DIR/<release>/}, each release laid out as {@code stackgen render --output-dir
 * DIR/<release>} lays it out. All releases are written to one staging folder inside DIR first; only then are the
 * release folders swapped in by renames, the old ones moved aside until every new one is in. A failure while
 * writing leaves DIR as it was; a failure while swapping moves back what was already swapped. Folders of releases
 * not in this run (removed from the fleet, or not selected with --only) are left alone.
 */
final class FleetOutputDir {
    private FleetOutputDir() {
    }

    static void write(Path dir, List<FleetRenderer.Rendered> releases) {
        Path staging = null;
        Path previous = null;
        try {
            Files.createDirectories(dir);
            staging = Files.createTempDirectory(dir, ".fleet.staging-");
            for (FleetRenderer.Rendered release : releases) {
                String chart = release.output().chartName();
                OutputDirWriter.writeChart(staging.resolve(release.name()).resolve(chart), chart, release.output().documents());
            }
            previous = Files.createTempDirectory(dir, ".fleet.previous-");
            swapIn(dir, staging, previous, releases.stream().map(FleetRenderer.Rendered::name).toList());
        } catch (IOException e) {
            throw new InputException(dir + ": cannot write output: " + e.getMessage());
        } finally {
            if (staging != null) {
                OutputDirWriter.deleteTree(staging);
            }
            if (previous != null) {
                OutputDirWriter.deleteTree(previous);
            }
        }
    }

    private static void swapIn(Path dir, Path staging, Path previous, List<String> names) throws IOException {
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
            rollBack(dir, staging, previous, touched, e);
            throw e;
        }
    }

    /** Best effort, newest first: the new folder back to staging, the old one back in place. */
    private static void rollBack(Path dir, Path staging, Path previous, List<String> touched, IOException cause) {
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
}
