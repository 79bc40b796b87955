package io.stackgen.support;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Finds Debian's {@code docker-registry} (package docker-registry): on PATH if installed ({@code .ci/run} installs
 * it), else in {@code target/tools/}, else fetched there without root: {@code apt-get download} and
 * {@code dpkg-deb -x}; when the machine has no package lists yet, an unprivileged {@code apt-get update} into
 * private directories first.
 */
final class RegistryBinary {
    private static final String NAME = "docker-registry";
    private static final Path TOOLS = Path.of("target", "tools").toAbsolutePath();
    private static final Path EXTRACTED = TOOLS.resolve(NAME).resolve("usr/bin").resolve(NAME);
    private static Path found;

    private RegistryBinary() {
    }

    static synchronized Path path() {
        if (found == null) {
            found = onPath().or(RegistryBinary::cached).orElseGet(RegistryBinary::fetch);
        }
        return found;
    }

    private static Optional<Path> onPath() {
        List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
        dirs.add("/usr/bin");
        return dirs.stream().filter(d -> !d.isEmpty()).map(d -> Path.of(d, NAME)).filter(Files::isExecutable).findFirst();
    }

    private static Optional<Path> cached() {
        return Optional.of(EXTRACTED).filter(Files::isExecutable);
    }

    private static Path fetch() {
        Path download = TOOLS.resolve("download");
        Path apt = TOOLS.resolve("apt");
        try {
            Files.createDirectories(download);
            if (debIn(download).isEmpty() && run(download, List.of("apt-get", "download", NAME)) != 0) {
                List<String> privateApt = List.of(
                        "-o", "Dir::State::Lists=" + apt.resolve("lists"),
                        "-o", "Dir::Cache=" + apt.resolve("cache"),
                        "-o", "Debug::NoLocking=1");
                Files.createDirectories(apt.resolve("lists/partial"));
                Files.createDirectories(apt.resolve("cache/archives/partial"));
                require(run(download, concat(List.of("apt-get"), privateApt, List.of("update"))), "apt-get update (private lists)");
                require(run(download, concat(List.of("apt-get"), privateApt, List.of("download", NAME))), "apt-get download " + NAME);
            }
            Path deb = debIn(download).orElseThrow(() -> new IllegalStateException("apt-get download left no .deb in " + download));
            require(run(TOOLS, List.of("dpkg-deb", "-x", deb.toString(), TOOLS.resolve(NAME).toString())), "dpkg-deb -x");
            RegistryProcess.deleteTree(apt);
        } catch (IOException e) {
            throw new IllegalStateException("cannot fetch " + NAME + " into " + TOOLS + ": " + e.getMessage(), e);
        }
        return cached().orElseThrow(() -> new IllegalStateException(NAME + " package had no " + EXTRACTED));
    }

    private static Optional<Path> debIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(NAME + "_") && f.toString().endsWith(".deb")).findFirst();
        }
    }

    private static int run(Path dir, List<String> command) throws IOException {
        Path log = Files.createTempFile(TOOLS, "fetch-", ".log");
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " took longer than 10 minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        if (process.exitValue() != 0) {
            System.err.println(String.join(" ", command) + " failed:\n" + Files.readString(log, StandardCharsets.UTF_8));
        }
        Files.delete(log);
        return process.exitValue();
    }

    private static void require(int exitCode, String what) {
        if (exitCode != 0) {
            throw new IllegalStateException(what + " failed with exit code " + exitCode + " (see the test output)");
        }
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        return Stream.of(parts).flatMap(List::stream).toList();
    }
}
