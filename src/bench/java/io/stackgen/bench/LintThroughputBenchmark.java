package io.stackgen.bench;

import io.stackgen.lint.LintEngine;
import io.stackgen.lint.LintResult;
import io.stackgen.lint.LintSet;
import io.stackgen.lint.RuleCatalog;
import io.stackgen.lint.RuleSelection;
import io.stackgen.manifest.ManifestObject;
import io.stackgen.manifest.ManifestReader;
import io.stackgen.support.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Objects linted per second: every rule of the catalogue over {@value #OBJECTS} objects made from the upstream
 * reference renders (StatefulSets, Deployments, Services, ConfigMaps, Ingresses, Gateway routes, ...), each copy
 * of the renders in namespaces of its own, as a fleet of releases would be. Every score is in objects per second
 * ({@code ops/s} is one object): {@code lint} the rules alone over objects already read, {@code read} the reading
 * alone, {@code readAndLint} both.
 *
 * <pre>mvn -B -Pbench test-compile exec:exec@bench -Dbench.args="LintThroughputBenchmark.lint$ -f 1 -p rules=SEC"</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 15, time = 2) // C2 takes some 20 s to compile the rules: shorter warm-ups measure a JIT in progress
@Measurement(iterations = 10, time = 2)
@Fork(1)
public class LintThroughputBenchmark {
    static final int OBJECTS = 10_240;
    private static final Pattern NAMESPACE = Pattern.compile("(?m)^([ \\t]*namespace:[ \\t]*)([a-z0-9.-]+)[ \\t]*$");

    /** The rules that run: {@code all}, or ids and families as {@code --enable} takes them ({@code -p rules=SEC}). */
    @Param("all")
    public String rules;

    private final List<String> files = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();
    private final List<List<ManifestObject>> inputs = new ArrayList<>();
    private final List<String> namespaces = new ArrayList<>();
    private LintEngine engine;

    @Setup
    public void generate() throws IOException {
        List<String> enable = rules.equals("all") ? List.of() : List.of(rules.split(","));
        engine = new LintEngine(RuleSelection.of(RuleCatalog.all(), enable, List.of()), List.of(), Clock.systemUTC());
        List<String> renders;
        try (Stream<Path> files = Files.walk(Fixtures.path("reference/renders"))) {
            renders = files.filter(p -> p.toString().endsWith(".yaml")).sorted().map(LintThroughputBenchmark::read).toList();
        }
        int count = 0;
        for (int copy = 0; count < OBJECTS; copy++) {
            for (int r = 0; r < renders.size() && count < OBJECTS; r++) {
                String text = NAMESPACE.matcher(renders.get(r)).replaceAll("$1$2-" + copy);
                String file = "copy-" + copy + "/render-" + r + ".yaml";
                List<ManifestObject> objects = ManifestReader.read(file, text);
                objects = objects.subList(0, Math.min(objects.size(), OBJECTS - count));
                inputs.add(objects);
                namespaces.add("bench-" + copy);
                files.add(file);
                texts.add(text);
                count += objects.size();
            }
        }
        if (count != OBJECTS) {
            throw new IllegalStateException("generated " + count + " objects, not " + OBJECTS);
        }
    }

    /**
     * The rules alone, over objects already read. The set is made anew each time (its indexes, and the facts rules
     * share, are built once per run, so they are part of what a run costs).
     */
    @Benchmark
    @OperationsPerInvocation(OBJECTS)
    public LintResult lint() {
        LintSet.Builder builder = LintSet.builder();
        for (int i = 0; i < inputs.size(); i++) {
            builder.add(inputs.get(i), namespaces.get(i));
        }
        return engine.lint(builder.build());
    }

    /**
     * Reading the YAML alone (positions, sources, duplicate keys) into a set; the files at the same time, as
     * {@code stackgen lint DIR} reads them.
     */
    @Benchmark
    @OperationsPerInvocation(OBJECTS)
    public LintSet read() {
        List<List<ManifestObject>> read = IntStream.range(0, texts.size()).parallel()
                .mapToObj(i -> ManifestReader.read(files.get(i), texts.get(i))).toList();
        LintSet.Builder builder = LintSet.builder();
        int count = 0;
        for (int i = 0; i < read.size(); i++) {
            List<ManifestObject> objects = read.get(i).subList(0, Math.min(read.get(i).size(), OBJECTS - count));
            builder.add(objects, namespaces.get(i));
            count += objects.size();
        }
        return builder.build();
    }

    /** Reading the YAML and then linting: what a run costs after start-up. */
    @Benchmark
    @OperationsPerInvocation(OBJECTS)
    public LintResult readAndLint() {
        return engine.lint(read());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
