package io.stackgen.packaging;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** An archive made by stackgen, ready to be written as {@link #fileName()}. */
public record PackagedChart(ChartArchive.Kind kind, String name, String version, byte[] bytes) {

    public String fileName() {
        return kind.fileName(name, version);
    }

    public String sha256() {
        return sha256(bytes);
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
