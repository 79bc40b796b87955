package io.stackgen.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads the text files a user hands stackgen: never more than a size limit (a file that says it is larger is refused
 * before a byte is read; a stream that does not end is cut at the limit), and strict UTF-8, so that a Latin-1 or
 * UTF-16 file is named with the place of its first bad byte instead of being read as garbage.
 */
public final class InputFiles {
    private static final int CHUNK = 64 * 1024;

    private InputFiles() {
    }

    /** @param what what the file is to the user ("values file", "lint input"), for messages */
    public static byte[] read(Path path, String display, String what, long maxBytes) {
        try {
            if (Files.isDirectory(path)) {
                throw new InputException(display + ": is a directory, not a " + what);
            }
            if (Files.isRegularFile(path) && Files.size(path) > maxBytes) {
                throw tooLarge(display, what, maxBytes);
            }
            try (InputStream in = Files.newInputStream(path)) {
                return read(in, display, what, maxBytes);
            }
        } catch (NoSuchFileException e) {
            throw new InputException(display + ": no such " + what);
        } catch (AccessDeniedException e) {
            throw new InputException(display + ": cannot read " + what + " (permission denied)");
        } catch (IOException e) {
            throw new InputException(display + ": cannot read " + what + ": " + e.getMessage());
        }
    }

    /** Reads {@code in} to its end, refusing it once it passes {@code maxBytes}. */
    public static byte[] read(InputStream in, String display, String what, long maxBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[CHUNK];
        for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
            if (out.size() + (long) n > maxBytes) {
                throw tooLarge(display, what, maxBytes);
            }
            out.write(chunk, 0, n);
        }
        return out.toByteArray();
    }

    private static InputException tooLarge(String display, String what, long maxBytes) {
        return new InputException(display + ": " + what + " larger than the limit of " + mebibytes(maxBytes));
    }

    /** {@code 64 MiB}, or bytes when the limit is not a whole number of MiB. */
    public static String mebibytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes + " bytes";
    }

    /**
     * Strict UTF-8 with an optional byte order mark dropped. A bad byte is named with its line, column and offset; a
     * UTF-16 or UTF-32 byte order mark is named as such, since such a file fails at its first byte.
     */
    public static String utf8(String display, byte[] bytes) {
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            throw new InputException(display + ":1:1: not UTF-8 but UTF-16 or UTF-32 (byte order mark at offset 0); save it as UTF-8");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        String decoded = out.flip().toString();
        if (result.isError()) {
            int lineStart = decoded.lastIndexOf('\n') + 1;
            long line = decoded.chars().filter(c -> c == '\n').count() + 1;
            int column = decoded.codePointCount(lineStart, decoded.length()) + 1;
            throw new InputException(display + ":" + line + ":" + column + ": not valid UTF-8 (byte 0x"
                    + String.format("%02X", bytes[in.position()] & 0xFF) + " at offset " + in.position() + ")");
        }
        return decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
