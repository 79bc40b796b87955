package io.stackgen.bench;

import io.stackgen.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Releases rendered per second by {@code stackgen render --fleet -o DIR} (and by {@code lint --fleet} and
 * {@code render --fleet -o DIR --lint}), in process and warmed up: a generated
 * fleet ({@link FleetGenerator}) of linera-validator and linea-stack releases, every release checked, rendered,
 * parsed, checked as a Kubernetes object and written, on as many threads as there are processors.
 *
 * <pre>mvn -B -Pbench test-compile exec:exec@bench -Dbench.args="FleetRender -f 1 -wi 3 -i 5"</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class FleetRenderBenchmark {
    static final int RELEASES = 40;

    @Param({"render", "lint", "render-lint"})
    public String command;

    private Path dir;
    private String[] args;
    private final PrintWriter quiet = new PrintWriter(Writer.nullWriter());

    @Setup(Level.Trial)
    public void generate() throws IOException {
        dir = Files.createTempDirectory("stackgen-fleet-bench");
        FleetGenerator.write(RELEASES, dir);
        String fleet = dir.resolve("stackgen.fleet.yaml").toString();
        String out = dir.resolve("out").toString();
        String report = "json=" + dir.resolve("lint.json");
        args = switch (command) {
            case "render" -> new String[] {"render", "--fleet", fleet, "-o", out};
            case "lint" -> new String[] {"lint", "--fleet", fleet, "--fail-on", "never", "--format", report};
            default -> new String[] {"render", "--fleet", fleet, "-o", out, "--lint", "--fail-on", "never", "--format", report};
        };
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** One whole fleet command; the score is releases per second. */
    @Benchmark
    @OperationsPerInvocation(RELEASES)
    public int fleet() {
        StringWriter err = new StringWriter();
        int code = Main.run(args, quiet, new PrintWriter(err));
        if (code != 0) {
            throw new IllegalStateException("stackgen " + String.join(" ", args) + " failed: " + err);
        }
        return code;
    }
}
