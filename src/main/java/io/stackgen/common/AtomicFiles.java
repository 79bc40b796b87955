package io.stackgen.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that a reader sees the old content or the complete new content, never a part: the text goes
 * to a hidden temporary file in the same folder, which is then renamed over the target.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** @throws InputException naming the file when it cannot be written */
    public static void write(Path target, String text) {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws InputException naming the file when it cannot be written */
    public static void write(Path target, byte[] content) {
        Map<Path, byte[]> one = new LinkedHashMap<>();
        one.put(target, content);
        writeAll(one);
    }

    /**
     * Writes several files all or nothing: every one goes to its temporary file first, and only when all are
     * complete are they renamed over their targets. A failure while writing changes none of the targets.
     *
     * @throws InputException naming the file that cannot be written
     */
    public static void writeAll(Map<Path, byte[]> contents) {
        Map<Path, Path> temps = new LinkedHashMap<>();
        try {
            for (Map.Entry<Path, byte[]> entry : contents.entrySet()) {
                Path absolute = entry.getKey().toAbsolutePath();
                Path temp = absolute.resolveSibling("." + absolute.getFileName() + "."
                        + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
                try {
                    temp.toFile().deleteOnExit(); // on SIGTERM before the rename; a no-op once renamed
                    Files.createDirectories(absolute.getParent());
                    // CREATE_NEW with default permissions (the umask's): reports and READMEs must stay readable by others
                    Files.write(temp, entry.getValue(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    temps.put(temp, absolute);
                } catch (IOException e) {
                    throw new InputException(entry.getKey() + ": cannot write: " + describe(e));
                }
            }
            for (Map.Entry<Path, Path> rename : temps.entrySet()) {
                try {
                    move(rename.getKey(), rename.getValue());
                } catch (IOException e) {
                    throw new InputException(rename.getValue() + ": cannot write: " + describe(e));
                }
            }
        } finally {
            for (Path temp : temps.keySet()) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // best effort: a leftover hidden temporary file is harmless
                }
            }
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException exists) {
            return exists.getFile() + " is a file, not a folder";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
