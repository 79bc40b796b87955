package io.stackgen.packaging;

import io.stackgen.common.InputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Reads a gzip'd tar that may come from anywhere (a registry, a download) and trusts none of it: only
 * regular files and directories, all under one top directory, no absolute names, no {@code ..}, no
 * name twice, at most {@link #MAX_UNPACKED_BYTES} unpacked in at most {@link #MAX_ENTRIES} entries, and a complete archive (gzip trailer and
 * CRC, every entry's data, the tar end-of-archive block). Nothing is written anywhere.
 */
final class ArchiveReader {
    static final long MAX_UNPACKED_BYTES = 64L * 1024 * 1024;
    /** Far more files than any chart has, far fewer than a 64 MiB tar of empty files could hold (each one a write). */
    static final int MAX_ENTRIES = 10_000;
    private static final int BLOCK = 512;

    /** @param files contents by path below the top directory; {@code modified} the latest entry time */
    record Contents(String top, SortedMap<String, byte[]> files, Set<String> directories, Instant modified) {
    }

    private final String display;
    private String top;
    private final SortedMap<String, byte[]> files = new TreeMap<>();
    private final Set<String> directories = new TreeSet<>();
    private Instant modified = Instant.EPOCH;

    private ArchiveReader(String display) {
        this.display = display;
    }

    static Contents read(byte[] tgz, String display) {
        return new ArchiveReader(display).read(tgz);
    }

    private Contents read(byte[] tgz) {
        byte[] tar = gunzip(tgz);
        ByteArrayInputStream source = new ByteArrayInputStream(tar);
        long end = 0;
        int entries = 0;
        try (TarArchiveInputStream in = new TarArchiveInputStream(source, "UTF-8")) {
            for (TarArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw fail("holds more than " + MAX_ENTRIES + " entries; refusing it");
                }
                add(entry, in);
                long position = tar.length - source.available();
                end = (position + BLOCK - 1) / BLOCK * BLOCK;
            }
        } catch (IOException e) {
            throw fail("truncated or corrupt tar (" + oneLine(e.getMessage()) + ")");
        }
        if (!zeroBlockAt(tar, end)) {
            throw fail("truncated: the tar ends without its end-of-archive block");
        }
        if (top == null) {
            throw fail("empty archive");
        }
        checkNoFileIsAlsoADirectory();
        return new Contents(top, Collections.unmodifiableSortedMap(files), Collections.unmodifiableSet(directories), modified);
    }

    private byte[] gunzip(byte[] tgz) {
        try (InputStream in = new GzipCompressorInputStream(new ByteArrayInputStream(tgz))) {
            byte[] tar = in.readNBytes((int) MAX_UNPACKED_BYTES + 1);
            if (tar.length > MAX_UNPACKED_BYTES) {
                throw fail("unpacks to more than " + (MAX_UNPACKED_BYTES >> 20) + " MiB; refusing it");
            }
            return tar;
        } catch (IOException e) {
            throw fail("not a complete gzip'd tar archive (" + oneLine(e.getMessage()) + ")");
        }
    }

    private void add(TarArchiveEntry entry, TarArchiveInputStream in) throws IOException {
        String raw = entry.getName();
        byte type = entry.getLinkFlag();
        boolean directory = type == TarConstants.LF_DIR;
        boolean file = type == TarConstants.LF_NORMAL || type == TarConstants.LF_OLDNORM || type == TarConstants.LF_CONTIG;
        if (!directory && !file) {
            throw failEntry(raw, "is " + describeType(entry) + "; a chart archive holds only files and directories");
        }
        String path = relativePath(raw, directory);
        if (entry.getLastModifiedTime() != null && entry.getLastModifiedTime().toInstant().isAfter(modified)) {
            modified = entry.getLastModifiedTime().toInstant();
        }
        if (directory) {
            if (!path.isEmpty() && (files.containsKey(path) || !directories.add(path))) {
                throw failEntry(raw, "appears twice");
            }
            return;
        }
        if (files.containsKey(path) || directories.contains(path)) {
            throw failEntry(raw, "appears twice");
        }
        byte[] content = in.readAllBytes();
        if (content.length != entry.getSize()) {
            throw failEntry(raw, "is truncated: " + content.length + " of " + entry.getSize() + " bytes");
        }
        files.put(path, content);
    }

    /** The path below the top directory ("" for the top directory itself). */
    private String relativePath(String raw, boolean directory) {
        if (raw.isEmpty()) {
            throw fail("an entry has an empty name");
        }
        if (raw.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw failEntry(raw, "has control characters in its name");
        }
        if (raw.indexOf('\\') >= 0) {
            throw failEntry(raw, "has a backslash in its name");
        }
        if (raw.startsWith("/") || raw.matches("[A-Za-z]:.*")) {
            throw failEntry(raw, "has an absolute path");
        }
        List<String> parts = new ArrayList<>();
        for (String part : raw.split("/")) {
            if (part.equals("..")) {
                throw failEntry(raw, "climbs out of the archive with '..'");
            }
            if (!part.isEmpty() && !part.equals(".")) {
                parts.add(part);
            }
        }
        if (parts.isEmpty()) {
            throw failEntry(raw, "names no file");
        }
        if (top == null) {
            top = parts.get(0);
        } else if (!top.equals(parts.get(0))) {
            throw failEntry(raw, "is outside the top directory '" + top + "/' (a chart archive holds one directory)");
        }
        if (parts.size() == 1 && !directory) {
            throw failEntry(raw, "is a file beside the top directory (a chart archive holds one directory)");
        }
        return String.join("/", parts.subList(1, parts.size()));
    }

    private void checkNoFileIsAlsoADirectory() {
        for (String path : files.keySet()) {
            for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
                if (files.containsKey(path.substring(0, slash))) {
                    throw failEntry(top + "/" + path.substring(0, slash), "is a file and also a directory");
                }
            }
        }
    }

    private static boolean zeroBlockAt(byte[] tar, long offset) {
        if (offset + BLOCK > tar.length) {
            return false;
        }
        for (int i = (int) offset; i < offset + BLOCK; i++) {
            if (tar[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static String describeType(TarArchiveEntry entry) {
        if (entry.isSymbolicLink()) {
            return "a symbolic link (to '" + printable(entry.getLinkName()) + "')";
        }
        if (entry.isLink()) {
            return "a hard link (to '" + printable(entry.getLinkName()) + "')";
        }
        if (entry.isCharacterDevice() || entry.isBlockDevice()) {
            return "a device";
        }
        if (entry.isFIFO()) {
            return "a named pipe";
        }
        if (entry.isSparse()) {
            return "a sparse file";
        }
        return "of tar type '" + printable(String.valueOf((char) entry.getLinkFlag())) + "'";
    }

    private InputException failEntry(String raw, String problem) {
        return fail("entry '" + printable(raw) + "' " + problem);
    }

    private InputException fail(String problem) {
        return new InputException(display + ": " + problem);
    }

    /** Names from an archive may hold anything; messages show control characters escaped and stay short. */
    private static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(200).forEach(c -> {
            if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\x%02x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return text.codePointCount(0, text.length()) > 200 ? out + "…" : out.toString();
    }

    private static String oneLine(String text) {
        return text == null ? "unexpected end of data" : printable(text.replaceAll("\\s+", " ").strip());
    }
}
