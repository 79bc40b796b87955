package io.stackgen.oci;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * How to reach registries: plain HTTP only when asked, a bound on every request, the credentials given on the
 * command line (else those in {@code dockerConfig}), and where to send a trace of requests (--debug).
 */
public record RegistrySettings(boolean plainHttp, Duration timeout, Optional<Credentials> credentials,
                               Path dockerConfig, Consumer<String> trace) {

    CredentialSource credentialsFor(String host) {
        return credentials.map(CredentialSource::of).orElseGet(() -> DockerConfig.lookup(dockerConfig, host));
    }
}
