package io.stackgen.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * An input file as CI systems want it: relative to the working directory (the repository checkout) when it lies
 * inside it, with {@code /} separators; absolute otherwise. Names that are no path (such as {@code <stdin>}) stay as
 * they are.
 *
 * @param path     the file, e.g. {@code deploy/prod.yaml}
 * @param relative whether {@code path} is relative to the working directory
 */
record ArtifactPath(String path, boolean relative) {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    static ArtifactPath of(String file, Path workingDirectory) {
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            return new ArtifactPath(file, true);
        }
        Path base = (workingDirectory == null ? Path.of("") : workingDirectory).toAbsolutePath().normalize();
        Path absolute = base.resolve(path).normalize();
        if (absolute.startsWith(base) && !absolute.equals(base)) {
            return new ArtifactPath(slashes(base.relativize(absolute)), true);
        }
        return new ArtifactPath(slashes(absolute), false);
    }

    /**
     * A URI reference: each segment percent-encoded (RFC 3986, only unreserved characters left as they are), so that
     * spaces, {@code #}, {@code %}, {@code :} and non-ASCII names survive; absolute paths become {@code file:} URIs.
     */
    String uri() {
        StringBuilder out = new StringBuilder(relative ? "" : "file://");
        String[] segments = path.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) {
                out.append('/');
            }
            encode(segments[i], out);
        }
        return out.toString();
    }

    private static void encode(String segment, StringBuilder out) {
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_' || c == '~')) {
                out.append(c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
    }

    private static String slashes(Path path) {
        return path.toString().replace(path.getFileSystem().getSeparator(), "/");
    }
}
