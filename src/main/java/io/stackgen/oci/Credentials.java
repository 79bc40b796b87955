package io.stackgen.oci;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A registry user name and password. {@link #toString()} never shows the password. */
public record Credentials(String username, String password, String source) {

    String basicHeader() {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** "user 'alice' (from ~/.docker/config.json)": how messages name these credentials. */
    String describe() {
        return "user '" + username + "' (" + source + ")";
    }

    @Override
    public String toString() {
        return "Credentials[" + describe() + "]";
    }
}
