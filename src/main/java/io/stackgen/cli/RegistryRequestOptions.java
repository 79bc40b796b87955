package io.stackgen.cli;

import java.time.Duration;
import picocli.CommandLine.Option;

/** The request limits and tracing of the commands that only talk to a registry (push, pull). */
final class RegistryRequestOptions {
    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Give up on a registry request after this long (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--debug", description = "Print each registry request (never credentials) and stack traces for errors.")
    boolean debug;

    Duration timeout() {
        return TimeoutSeconds.of(timeoutSeconds);
    }
}
