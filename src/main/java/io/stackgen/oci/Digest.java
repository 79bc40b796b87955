package io.stackgen.oci;

import io.stackgen.common.InputException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** OCI content digests: {@code sha256:<64 lower-case hex digits>}, the only algorithm registries require. */
public final class Digest {
    private static final Pattern SHA256 = Pattern.compile("sha256:[0-9a-f]{64}");

    private Digest() {
    }

    public static String sha256(byte[] content) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    static void requireValid(String digest, String where) {
        if (!SHA256.matcher(digest).matches()) {
            throw new InputException(where + ": '" + digest + "' is not a sha256 digest (sha256:<64 hex digits>)");
        }
    }

    /** Fails unless {@code content} is exactly what {@code digest} and {@code size} describe. */
    static void verify(byte[] content, String digest, long size, String what) {
        if (content.length != size) {
            throw new InputException(what + ": digest check failed: the registry sent " + content.length
                    + " bytes, the manifest says " + size + " (" + digest + ")");
        }
        String actual = sha256(content);
        if (!actual.equals(digest)) {
            throw new InputException(what + ": digest check failed: expected " + digest + ", the registry sent "
                    + actual + "; nothing was written");
        }
    }
}
