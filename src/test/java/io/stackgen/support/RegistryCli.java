package io.stackgen.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The CLI steps registry tests repeat: package a chart, run a command with a password on standard input. */
public final class RegistryCli {
    private RegistryCli() {
    }

    /** {@code stackgen package ARGS -d DIR}; the archive it wrote. */
    public static Path pack(Path dir, String... packageArgs) {
        List<String> args = new ArrayList<>(List.of("package"));
        args.addAll(List.of(packageArgs));
        args.addAll(List.of("-d", dir.toString()));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.describe()).isZero();
        return Path.of(run.out().substring("Packaged ".length(), run.out().indexOf(" (sha256:")));
    }

    /** The values file of a chart's example, e.g. {@code example("linera-validator", "minimal.yaml")}. */
    public static String example(String chart, String file) {
        return Fixtures.root().resolve("charts").resolve(chart).resolve("examples").resolve(file).toString();
    }

    /** Runs the CLI in process with {@code input} as standard input (for --password-stdin). */
    public static synchronized CliRun withStdin(String input, String... args) {
        InputStream original = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return CliRun.of(args);
        } finally {
            System.setIn(original);
        }
    }
}
