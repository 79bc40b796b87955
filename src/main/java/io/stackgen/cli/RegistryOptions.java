package io.stackgen.cli;

import io.stackgen.common.InputException;
import io.stackgen.oci.Credentials;
import io.stackgen.oci.DockerConfig;
import io.stackgen.oci.RegistrySettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.Option;

/** How to reach an OCI registry: the flags push, pull and render oci:// share. */
public final class RegistryOptions {
    @Option(names = "--plain-http",
            description = "Talk plain HTTP instead of HTTPS, for a registry on this machine or a test network.")
    boolean plainHttp;

    @Option(names = "--username", paramLabel = "USER",
            description = "Registry user name; the password is read from standard input (--password-stdin). "
                    + "Without it, credentials come from $DOCKER_CONFIG/config.json or ~/.docker/config.json (docker login).")
    String username;

    @Option(names = "--password-stdin", description = "Read the registry password (or token) from standard input.")
    boolean passwordStdin;

    /** {@code stdinTaken}: another flag (-f -) already reads standard input. */
    RegistrySettings settings(Duration timeout, boolean debug, boolean stdinTaken, PrintWriter err) {
        return new RegistrySettings(plainHttp, timeout, credentials(stdinTaken),
                DockerConfig.locate(System.getenv(), System.getProperty("user.home")),
                debug ? line -> err.println("debug: " + line) : line -> { });
    }

    private Optional<Credentials> credentials(boolean stdinTaken) {
        if (username == null && !passwordStdin) {
            return Optional.empty();
        }
        if (username == null || username.isEmpty()) {
            throw new InputException("--password-stdin needs --username USER");
        }
        if (!passwordStdin) {
            throw new InputException("--username needs --password-stdin: stackgen reads passwords only from standard "
                    + "input, never from the command line");
        }
        if (stdinTaken) {
            throw new InputException("--password-stdin and '-f -' both read standard input; put the values in a file");
        }
        String password = readPassword(System.in);
        return Optional.of(new Credentials(username, password, "from --username"));
    }

    /** Everything on standard input less one trailing newline, as docker login --password-stdin reads it. */
    static String readPassword(InputStream in) {
        String text;
        try {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException("--password-stdin: cannot read standard input: " + e.getMessage());
        }
        if (text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        if (text.endsWith("\r")) {
            text = text.substring(0, text.length() - 1);
        }
        if (text.isEmpty()) {
            throw new InputException("--password-stdin: standard input was empty");
        }
        return text;
    }
}
