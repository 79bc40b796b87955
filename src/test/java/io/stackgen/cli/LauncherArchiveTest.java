package io.stackgen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.stackgen.support.Fixtures;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * cli/stackgen's class-data archive, run as a user runs it: against a build folder of its own (a jar of the
 * compiled classes and a lib/ of the test class path), the archive is built, used, dropped when the jar changes,
 * rebuilt in the background, and never changes what stackgen prints.
 */
class LauncherArchiveTest {
    private static final Duration BUILD_LIMIT = Duration.ofMinutes(3);
    /** Logged by the JVM for a class it takes from a class-data archive rather than from the jar. */
    private static final String MAIN_FROM_ARCHIVE = "io.stackgen.cli.Main source: shared objects file";
    private static final String TRACE_CLASS_LOADING = "-Xlog:class+load=info:stderr";
    /** The JVM prints its command-line flags to standard output. */
    private static final String PRINT_FLAGS = "-XX:+PrintCommandLineFlags";
    private static final String FLEET_FLAG = "-XX:CompileThresholdScaling=0.25";

    @TempDir
    Path build;
    @TempDir
    Path outputs;

    private final AtomicInteger runs = new AtomicInteger();
    private final Path launcher = Fixtures.root().resolve("cli/stackgen");
    private final String values = Fixtures.root().resolve("charts/linera-validator/examples/minimal.yaml").toString();

    @Test
    void archiveIsKeyedOnTheJarRebuiltOffThePathAndNeverChangesTheOutput() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "the launcher is a bash script");
        Path jar = assembleBuild();

        Run plain = launcher(Map.of("STACKGEN_CDS", "0"), "render", "linera-validator", "-f", values);
        assertThat(plain.exitCode).as(plain.err).isZero();
        assertThat(plain.err).as("no Maven build").isEmpty();
        String expected = plain.out;
        assertThat(expected).contains("kind: StatefulSet");
        assertThat(archives()).as("STACKGEN_CDS=0 builds nothing").isEmpty();

        Process first = start(Map.of(), "--build-cache");
        Process second = start(Map.of(), "--build-cache");
        assertThat(waitFor(first)).isZero();
        assertThat(waitFor(second)).isZero();
        assertThat(archives()).as("two concurrent builds install one archive").hasSize(1);
        Path archive = archives().get(0);

        Run cached = traced();
        assertThat(cached.exitCode).as(cached.err).isZero();
        assertThat(cached.out).isEqualTo(expected);
        assertThat(cached.err).contains(MAIN_FROM_ARCHIVE);

        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plus(Duration.ofHours(2))));
        Run rebuilt = traced();
        assertThat(rebuilt.exitCode).as(rebuilt.err).isZero();
        assertThat(rebuilt.out).as("stdout without the archive").isEqualTo(expected);
        assertThat(rebuilt.err).as("an archive of the old jar is not used").doesNotContain(MAIN_FROM_ARCHIVE);

        awaitBackgroundBuild();
        assertThat(archives()).as("the run started a build for the new jar").hasSize(2).contains(archive);
        Run fresh = traced();
        assertThat(fresh.out).isEqualTo(expected);
        assertThat(fresh.err).contains(MAIN_FROM_ARCHIVE);

        Run oneShotFlags = launcher(Map.of("STACKGEN_JAVA_OPTS", PRINT_FLAGS), "render", "linera-validator", "-f", values);
        assertThat(oneShotFlags.out).contains("-XX:TieredStopAtLevel=1").doesNotContain(FLEET_FLAG);
        Path fleet = FleetFixture.write(outputs.resolve("fleet"));
        Run fleetRun = launcher(Map.of("STACKGEN_JAVA_OPTS", TRACE_CLASS_LOADING + " " + PRINT_FLAGS),
                "render", "--fleet", fleet.toString(), "-o", outputs.resolve("fleet-out").toString());
        assertThat(fleetRun.exitCode).as(fleetRun.err).isZero();
        assertThat(fleetRun.err).as("a fleet run uses the same archive").contains(MAIN_FROM_ARCHIVE);
        assertThat(fleetRun.out).as("with the fleet's compile thresholds").contains(FLEET_FLAG);

        Run optedOut = launcher(Map.of("STACKGEN_CDS", "0", "STACKGEN_JAVA_OPTS", TRACE_CLASS_LOADING),
                "render", "linera-validator", "-f", values);
        assertThat(optedOut.out).isEqualTo(expected);
        assertThat(optedOut.err).doesNotContain(MAIN_FROM_ARCHIVE);
    }

    /** A failed test may leave a background build running: let it finish before the build folder goes. */
    @AfterEach
    void awaitAnyBuild() throws InterruptedException {
        Instant deadline = Instant.now().plus(BUILD_LIMIT);
        while (Files.exists(build.resolve("cds/build.lock")) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
    }

    private Run traced() throws IOException, InterruptedException {
        return launcher(Map.of("STACKGEN_JAVA_OPTS", TRACE_CLASS_LOADING), "render", "linera-validator", "-f", values);
    }

    /** The layout 'mvn package' makes: stackgen.jar naming its dependencies in lib/ on its manifest Class-Path. */
    private Path assembleBuild() throws IOException, URISyntaxException {
        Path classes = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path lib = Files.createDirectories(build.resolve("lib"));
        List<String> classPath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.endsWith(".jar")) {
                String name = classPath.size() + "-" + Path.of(entry).getFileName();
                Files.createSymbolicLink(lib.resolve(name), Path.of(entry).toAbsolutePath());
                classPath.add("lib/" + name);
            }
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", classPath));
        Path jar = build.resolve("stackgen.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        // Newer than any source file, even on a clock-skewed checkout: the launcher must not start Maven here.
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plus(Duration.ofHours(1))));
        return jar;
    }

    private List<Path> archives() throws IOException {
        Path dir = build.resolve("cds");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches("stackgen-.*\\.(jsa|aot)")).sorted().toList();
        }
    }

    /** The background build holds build.lock until its archive is installed (or it gives up). */
    private void awaitBackgroundBuild() throws InterruptedException, IOException {
        Path lock = build.resolve("cds/build.lock");
        Instant deadline = Instant.now().plus(BUILD_LIMIT);
        while (archives().size() < 2 || Files.exists(lock)) {
            assertThat(Instant.now()).as("background build finished; its log:\n%s", buildLog()).isBefore(deadline);
            Thread.sleep(200);
        }
    }

    private String buildLog() throws IOException {
        Path log = build.resolve("cds/build.log");
        return Files.exists(log) ? Files.readString(log) : "(none)";
    }

    private Run launcher(Map<String, String> env, String... args) throws IOException, InterruptedException {
        Process process = start(env, args);
        int code = waitFor(process);
        return new Run(code, Files.readString(outputs.resolve(runs.get() + ".out")), Files.readString(outputs.resolve(runs.get() + ".err")));
    }

    private Process start(Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("/bin/bash", launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().keySet().removeIf(name -> name.startsWith("STACKGEN_"));
        builder.environment().put("STACKGEN_BUILD_DIR", build.toString());
        builder.environment().putAll(env);
        int run = runs.incrementAndGet();
        return builder.redirectOutput(outputs.resolve(run + ".out").toFile()).redirectError(outputs.resolve(run + ".err").toFile())
                .start();
    }

    private static int waitFor(Process process) throws InterruptedException {
        assertThat(process.waitFor(BUILD_LIMIT.toSeconds(), TimeUnit.SECONDS)).as("launcher finished").isTrue();
        return process.exitValue();
    }

    private record Run(int exitCode, String out, String err) {
    }
}
