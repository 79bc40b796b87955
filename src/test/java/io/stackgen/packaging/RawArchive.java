package io.stackgen.packaging;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/** Builds tar archives entry by entry, names and types as given, for tests that feed hostile archives to the reader. */
public final class RawArchive {
    private final ByteArrayOutputStream tar = new ByteArrayOutputStream();
    private final TarArchiveOutputStream out = new TarArchiveOutputStream(tar, StandardCharsets.UTF_8.name());

    public RawArchive() {
        out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
    }

    /** A chart that reads: demo/Chart.yaml. */
    public static RawArchive chart() {
        return new RawArchive().file("demo/Chart.yaml", "apiVersion: v2\nname: demo\nversion: 1.0.0\n");
    }

    public RawArchive file(String name, String content) {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    public RawArchive file(String name, byte[] content) {
        TarArchiveEntry entry = new TarArchiveEntry(name, true);
        entry.setSize(content.length);
        return put(entry, content);
    }

    public RawArchive directory(String name) {
        return put(new TarArchiveEntry(name.endsWith("/") ? name : name + "/", true), new byte[0]);
    }

    public RawArchive link(String name, byte type, String target) {
        TarArchiveEntry entry = new TarArchiveEntry(name, type, true);
        entry.setLinkName(target);
        return put(entry, new byte[0]);
    }

    public RawArchive device(String name, byte type) {
        return put(new TarArchiveEntry(name, type, true), new byte[0]);
    }

    public RawArchive fifo(String name) {
        return device(name, TarConstants.LF_FIFO);
    }

    private RawArchive put(TarArchiveEntry entry, byte[] content) {
        try {
            out.putArchiveEntry(entry);
            out.write(content);
            out.closeArchiveEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The tar with its end-of-archive blocks. */
    public byte[] tar() {
        try {
            out.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tar.toByteArray();
    }

    public byte[] tgz() {
        return gzip(tar());
    }

    /** The tar cut after {@code length} bytes, then gzip'd completely: a truncated tar in an intact gzip. */
    public byte[] tgzOfTarCutAt(int length) {
        return gzip(Arrays.copyOf(tar(), length));
    }

    public static byte[] gzip(byte[] data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
