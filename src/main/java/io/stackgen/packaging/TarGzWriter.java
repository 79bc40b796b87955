package io.stackgen.packaging;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipParameters;

/**
 * Writes a gzip'd tar whose bytes depend only on its files and the given time: every entry under one
 * top directory, directories before their contents, entries sorted by path, owner 0:0 with no user or
 * group names, mode 0644 for files and 0755 for directories (permission bits only, as Helm writes
 * them), every header (PAX headers for long names included) stamped with the same time, and a gzip
 * header with no time, no file name and OS 255 ("unknown", as Go's gzip writes it).
 */
final class TarGzWriter {
    static final int FILE_MODE = 0644;
    static final int DIRECTORY_MODE = 0755;
    static final int GZIP_OS_UNKNOWN = 255;

    private TarGzWriter() {
    }

    /** @param files contents by path relative to {@code top}, '/'-separated */
    static byte[] write(String top, Map<String, byte[]> files, Instant time) {
        SortedMap<String, byte[]> entries = new TreeMap<>();
        entries.put(top + "/", null);
        files.forEach((path, content) -> {
            String full = top + "/" + path;
            for (int slash = full.indexOf('/', top.length() + 1); slash > 0; slash = full.indexOf('/', slash + 1)) {
                entries.put(full.substring(0, slash + 1), null);
            }
            entries.put(full, content);
        });
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(bytes, gzipParameters()),
                StandardCharsets.UTF_8.name())) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            tar.setAddPaxHeadersForNonAsciiNames(true);
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                byte[] content = entry.getValue();
                TarArchiveEntry header = new TarArchiveEntry(entry.getKey());
                header.setModTime(FileTime.from(time));
                header.setUserId(0);
                header.setGroupId(0);
                header.setUserName("");
                header.setGroupName("");
                header.setMode(content == null ? DIRECTORY_MODE : FILE_MODE);
                header.setSize(content == null ? 0 : content.length);
                tar.putArchiveEntry(header);
                if (content != null) {
                    tar.write(content);
                }
                tar.closeArchiveEntry();
            }
            tar.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("writing an archive in memory failed", e);
        }
        return bytes.toByteArray();
    }

    private static GzipParameters gzipParameters() {
        GzipParameters parameters = new GzipParameters();
        parameters.setCompressionLevel(Deflater.BEST_COMPRESSION);
        parameters.setModificationTime(0);
        parameters.setOperatingSystem(GZIP_OS_UNKNOWN);
        return parameters;
    }
}
