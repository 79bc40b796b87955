package io.stackgen.hostile;

import io.stackgen.support.Fixtures;
import io.stackgen.support.Hostile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/** The catalogue's inputs: fixtures under test-fixtures/hostile/inputs/, and the ones too big or too odd to commit. */
final class BadInputs {
    static final String SECRET = Hostile.PLANTED_SECRETS.get(0);
    static final long MIB = 1024 * 1024;

    private BadInputs() {
    }

    /** A fixture, as an absolute path. */
    static String fixture(String relative) {
        return Fixtures.file("hostile/inputs/" + relative);
    }

    /** The small chart with a strict schema whose values.yaml holds a planted secret. */
    static String chart() {
        return fixture("chart");
    }

    /** A sparse file of {@code bytes}: on disk in no time, and refused before it is read. */
    static Path sparse(Path dir, String name, long bytes) {
        Path file = dir.resolve(name);
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.setLength(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    static Path write(Path dir, String name, byte[] bytes) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path dir, String name, String text) {
        return write(dir, name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code text} with a planted secret on the line before it, in Latin-1 bytes (é is the single byte 0xE9). */
    static byte[] latin1(String text) {
        return ("password: " + SECRET + "\n" + text).getBytes(StandardCharsets.ISO_8859_1);
    }

    /** 10,000 nested flow lists: {@code a: [[[...]]]}. */
    static String deepFlow() {
        return "a: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
    }

    /** 10,000 nested block maps, {@code a:} under {@code a:}, one space deeper each line (50 MB of indentation). */
    static String deepBlock() {
        StringBuilder text = new StringBuilder(10_000 * 5_002);
        for (int level = 0; level < 10_000; level++) {
            text.append(" ".repeat(level)).append("a:\n");
        }
        return text.append(" ".repeat(10_000)).append("b: 1\n").toString();
    }

    /** A chart folder with these files (name, text pairs) besides a valid Chart.yaml unless one is given. */
    static Path chartWith(Path dir, String... nameAndText) {
        write(dir, "Chart.yaml", "apiVersion: v2\nname: demo\nversion: 1.0.0\n");
        for (int i = 0; i < nameAndText.length; i += 2) {
            write(dir, nameAndText[i], nameAndText[i + 1]);
        }
        return dir;
    }

    /** Runs with {@code stdin} as standard input. */
    static Hostile.Outcome withStdin(InputStream stdin, Supplier<Hostile.Outcome> run) {
        InputStream saved = System.in;
        System.setIn(stdin);
        try {
            return run.get();
        } finally {
            System.setIn(saved);
        }
    }

    static Hostile.Outcome withStdin(byte[] stdin, Supplier<Hostile.Outcome> run) {
        return withStdin(new ByteArrayInputStream(stdin), run);
    }

    /** A stream of {@code size} bytes of YAML comment lines, produced as read and never held whole. */
    static InputStream endlessComments(long size) {
        byte[] line = ("#".repeat(63) + "\n").getBytes(StandardCharsets.US_ASCII);
        return new InputStream() {
            private long position;

            @Override
            public int read() {
                return position < size ? line[(int) (position++ % line.length)] : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (position >= size) {
                    return -1;
                }
                int n = (int) Math.min(length, size - position);
                for (int i = 0; i < n; i++) {
                    buffer[offset + i] = line[(int) ((position + i) % line.length)];
                }
                position += n;
                return n;
            }
        };
    }
}
