package io.stackgen.oci;

import java.util.Optional;

/**
 * Where a registry's credentials come from: given on the command line, found in the docker config, absent,
 * or kept where stackgen cannot read them (a docker credential helper).
 */
public sealed interface CredentialSource {
    Optional<Credentials> credentials();

    /** What to tell the user when the registry asks for credentials this source cannot give. */
    String whyNone(String host);

    static CredentialSource of(Credentials credentials) {
        return new Given(credentials);
    }

    static CredentialSource none(String searched) {
        return new None(searched);
    }

    record Given(Credentials given) implements CredentialSource {
        @Override
        public Optional<Credentials> credentials() {
            return Optional.of(given);
        }

        @Override
        public String whyNone(String host) {
            return "";
        }
    }

    record None(String searched) implements CredentialSource {
        @Override
        public Optional<Credentials> credentials() {
            return Optional.empty();
        }

        @Override
        public String whyNone(String host) {
            return "no credentials for " + host + " (" + searched + "): log in with 'docker login " + host
                    + "' or give --username USER --password-stdin";
        }
    }

    /** The docker config names a credential helper or store for the host, which stackgen does not run. */
    record Unsupported(String reason) implements CredentialSource {
        @Override
        public Optional<Credentials> credentials() {
            return Optional.empty();
        }

        @Override
        public String whyNone(String host) {
            return reason + ", which stackgen does not support: give --username USER --password-stdin instead";
        }
    }
}
