package io.stackgen.hostile;

import static io.stackgen.hostile.OutputFixture.listing;
import static io.stackgen.hostile.OutputFixture.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import io.stackgen.support.CliRun;
import io.stackgen.support.StackgenProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fleet render to -o in its own JVM, signalled while it writes its staging folder: the output folder then holds
 * the complete previous tree or the complete new one, never a mix. After SIGTERM nothing hidden is left; after SIGKILL
 * the hidden leftovers carry the dead process's id and the next run clears them.
 */
class InterruptedRunTest {
    private static final int RELEASES = 200;
    private static final String LEFTOVER = "\\.stackgen-(staging|previous)-\\d+-\\w+";

    @TempDir
    static Path shared;
    private static Path fleet;
    private static Path previousTree;
    private static Map<String, String> previous;
    private static Map<String, String> next;

    @TempDir
    Path temp;
    private Path out;

    /** The previous tree (greeting "old") and the one the interrupted run would write (greeting "new"). */
    @BeforeAll
    static void renderPreviousAndExpectedTrees() {
        Path chart = OutputFixture.chart(shared.resolve("demo"), 8);
        Path oldFleet = OutputFixture.fleet(shared.resolve("old"), chart, RELEASES, Map.of(), "old");
        fleet = OutputFixture.fleet(shared.resolve("new"), chart, RELEASES, Map.of(), "new");
        previousTree = shared.resolve("previous");
        render(oldFleet, previousTree);
        previous = snapshot(previousTree);
        Path expected = shared.resolve("expected");
        render(fleet, expected);
        next = snapshot(expected);
        assertThat(previous).hasSize(next.size()).isNotEqualTo(next);
    }

    @BeforeEach
    void copyThePreviousTree() throws IOException {
        out = temp.resolve("out");
        try (Stream<Path> walk = Files.walk(previousTree)) {
            for (Path from : walk.toList()) {
                Files.copy(from, out.resolve(previousTree.relativize(from).toString()));
            }
        }
        assertThat(snapshot(out)).isEqualTo(previous);
    }

    private static void render(Path fleetFile, Path dir) {
        CliRun run = CliRun.of("render", "--fleet", fleetFile.toString(), "-o", dir.toString());
        assertThat(run.exitCode()).as(run.describe()).isZero();
    }

    @Test
    void sigtermLeavesTheCompletePreviousOrNewTreeAndNoTemporaryFolder() throws Exception {
        Process process = startAndWaitForStaging();

        process.destroy();

        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(listing(out)).noneMatch(name -> name.startsWith("."));
        assertThat(snapshot(out)).isIn(previous, next);
    }

    @Test
    void sigkillLeavesTheCompletePreviousOrNewTreeAndTheNextRunClearsWhatIsLeft() throws Exception {
        Process process = startAndWaitForStaging();

        process.destroyForcibly();

        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(listing(out).stream().filter(name -> name.startsWith(".")))
                .allMatch(name -> name.matches(LEFTOVER) && name.contains("-" + process.pid() + "-"));
        assertThat(withoutLeftovers(snapshot(out))).isIn(previous, next);

        render(fleet, out);

        assertThat(listing(out)).noneMatch(name -> name.startsWith("."));
        assertThat(snapshot(out)).isEqualTo(next);
    }

    /** Starts the fleet render and returns once its staging folder exists, i.e. while it is writing. */
    private Process startAndWaitForStaging() throws IOException, InterruptedException {
        Process process = StackgenProcess.start(temp, Map.of(), temp.resolve("stdout.txt"), temp.resolve("stderr.txt"),
                "render", "--fleet", fleet.toString(), "-o", out.toString());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (listing(out).stream().noneMatch(name -> name.startsWith(".stackgen-staging-"))) {
            assertThat(process.isAlive()).as("stackgen ended before it was interrupted: %s",
                    Files.readString(temp.resolve("stderr.txt"))).isTrue();
            assertThat(System.nanoTime()).as("no staging folder within 90 s").isLessThan(deadline);
            Thread.sleep(2);
        }
        return process;
    }

    private static Map<String, String> withoutLeftovers(Map<String, String> snapshot) {
        snapshot.keySet().removeIf(path -> path.startsWith(".stackgen-"));
        return snapshot;
    }
}
