package io.stackgen.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;

/**
 * The contract of every hostile-input case: the run fails with the expected exit code within the time budget,
 * says why in one {@code error:} line, prints no stack trace and nothing on stdout, and none of the planted
 * secrets appears in anything it printed. Every run is also appended to {@code target/hostile-transcript.log},
 * so the whole catalogue's output can be read (and grepped) after the suite.
 */
public final class Hostile {
    public static final Duration BUDGET = Duration.ofSeconds(5);

    /**
     * Values planted in hostile fixtures (Secret data, SEC-flagged ConfigMap keys, registry passwords, values
     * files): whatever goes wrong, none may be echoed. Fixtures use them verbatim; tests refer to them by index.
     */
    public static final List<String> PLANTED_SECRETS = List.of(
            "Canary-Passw0rd-q8ZxL2",
            "4f9c1e7a2b6d8e0f3a5c7e9b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f",
            "AKIACANARYQ7ZEXAMPLE",
            "canary-token-MzQ1Njc4OTAxMjM0NTY3");

    private static final Path TRANSCRIPT = Path.of("target", "hostile-transcript.log");

    private Hostile() {
    }

    /** Runs stackgen in process, timed, and records the run in the transcript. */
    public static Outcome run(String... args) {
        long start = System.nanoTime();
        CliRun run = CliRun.of(args);
        Outcome outcome = new Outcome(String.join(" ", args), run.exitCode(), run.out(), run.err(),
                Duration.ofNanos(System.nanoTime() - start));
        outcome.record();
        return outcome;
    }

    /** Fails when any planted secret occurs in {@code text}. */
    public static void assertNoPlantedSecret(String what, String text) {
        for (String secret : PLANTED_SECRETS) {
            assertThat(text).as("%s must not contain planted secret #%d", what, PLANTED_SECRETS.indexOf(secret))
                    .doesNotContain(secret);
        }
    }

    public record Outcome(String command, int exitCode, String out, String err, Duration took) {

        /**
         * Exit {@code code} within the budget, one {@code error:} line on stderr, no stack trace, and no planted
         * secret anywhere. With exit 2 nothing may have been printed on stdout (no partial output).
         */
        public Outcome fails(int code) {
            assertThat(exitCode).as(describe()).isEqualTo(code);
            assertThat(took).as("took %s: %s", took, command).isLessThan(BUDGET);
            assertNoStackTrace();
            assertNoPlantedSecret(command, out + err);
            if (code == 2) {
                assertThat(out).as("stdout of a failed run must be empty: " + command).isEmpty();
                assertThat(errorLines()).as(describe()).hasSize(1);
            }
            return this;
        }

        /** The single error line contains every fragment, in order. */
        public Outcome says(String... fragments) {
            String line = errorLines().get(0);
            int from = 0;
            for (String fragment : fragments) {
                int at = line.indexOf(fragment, from);
                assertThat(at).as("'%s' (in order) in: %s", fragment, line).isGreaterThanOrEqualTo(0);
                from = at + fragment.length();
            }
            return this;
        }

        public String errorLine() {
            return errorLines().get(0);
        }

        private List<String> errorLines() {
            return err.lines().filter(l -> l.startsWith("error: ")).toList();
        }

        public Outcome assertNoStackTrace() {
            assertThat(out + err).as(describe())
                    .doesNotContain("\tat ")
                    .doesNotContain("Caused by:")
                    .doesNotContain("internal error");
            return this;
        }

        public String describe() {
            return command + "\nexit " + exitCode + " in " + took.toMillis() + " ms\n--- stderr ---\n" + err
                    + "--- stdout (first 2000 chars) ---\n" + out.substring(0, Math.min(out.length(), 2000));
        }

        private void record() {
            try {
                Files.createDirectories(TRANSCRIPT.getParent());
                Files.writeString(TRANSCRIPT, "=== " + command + "\n" + describe() + "\n",
                        StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
