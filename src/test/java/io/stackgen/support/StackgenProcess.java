package io.stackgen.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs stackgen in a JVM of its own: with a working directory and environment of the test's choosing,
 * and without {@code -Dstackgen.home}, so built-in charts come from the class path as from the jar.
 */
public record StackgenProcess(int exitCode, String out, String err) {

    public static StackgenProcess run(Path workingDirectory, Map<String, String> environment, String... args) {
        try {
            Path out = Files.createTempFile("stackgen-out", ".txt");
            Path err = Files.createTempFile("stackgen-err", ".txt");
            Process process = start(workingDirectory, environment, out, err, args);
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("stackgen did not finish in 120 s: " + List.of(args));
            }
            StackgenProcess result = new StackgenProcess(process.exitValue(),
                    Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
            Files.delete(out);
            Files.delete(err);
            return result;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Starts stackgen and returns at once, standard output and error going to {@code out} and {@code err}: for tests
     * that signal the process ({@link Process#destroy()} is SIGTERM, {@link Process#destroyForcibly()} SIGKILL).
     */
    public static Process start(Path workingDirectory, Map<String, String> environment, Path out, Path err, String... args)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "io.stackgen.cli.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("STACKGEN") || k.equals("SOURCE_DATE_EPOCH"));
        builder.environment().putAll(environment);
        return builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    }

    public String describe() {
        return "exit " + exitCode + "\n--- stderr ---\n" + err + "--- stdout (first 2000 chars) ---\n"
                + out.substring(0, Math.min(out.length(), 2000));
    }
}
