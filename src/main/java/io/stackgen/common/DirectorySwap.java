package io.stackgen.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Replaces folders inside one parent folder all at once, as far as renames allow. New content is written into a
 * hidden staging folder in the parent ({@code .stackgen-staging-<pid>-<id>}); {@link #swapIn} then moves each named
 * folder's old version aside into {@code .stackgen-previous-<pid>-<id>} and the new one into place, and deletes
 * the old versions. A failure before or during the swap leaves the parent as it was.
 *
 * <p>Interruptions: on SIGTERM (a JVM shutdown) an unfinished swap's staging folder is deleted, after a swap
 * already under way has finished, and nothing more can be written. After SIGKILL the hidden folders stay; the
 * next swap in the same parent finds those of processes no longer running and undoes a half-done swap from the
 * journal written before the first rename, then deletes them.
 */
public final class DirectorySwap implements AutoCloseable {
    private static final String STAGING = ".stackgen-staging-";
    private static final String PREVIOUS = ".stackgen-previous-";
    private static final String JOURNAL = ".stackgen-swap-journal";
    private static final Pattern LEFTOVER = Pattern.compile("\\.stackgen-(staging|previous)-(\\d+)-(\\w+)");
    private static final Set<DirectorySwap> OPEN = ConcurrentHashMap.newKeySet();
    private static final Object HOOK_LOCK = new Object();
    private static boolean hookInstalled;

    private final Path parent;
    private final Path staging;
    private final Path previous;
    private boolean closed;

    private DirectorySwap(Path parent, String id) {
        this.parent = parent;
        this.staging = parent.resolve(STAGING + id);
        this.previous = parent.resolve(PREVIOUS + id);
    }

    /**
     * Starts a swap in {@code parent} (created if missing), first recovering what interrupted runs left there.
     *
     * @throws IOException when the parent or the staging folder cannot be created
     */
    public static DirectorySwap in(Path parent) throws IOException {
        Files.createDirectories(parent);
        recoverLeftovers(parent);
        String id = ProcessHandle.current().pid() + "-" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        DirectorySwap swap = new DirectorySwap(parent, id);
        // the hook first: a signal right after the staging folder appears must find it to delete
        installShutdownHook();
        OPEN.add(swap);
        swap.createStaging();
        return swap;
    }

    private synchronized void createStaging() throws IOException {
        if (closed) {
            throw new IOException("stopped: stackgen is shutting down");
        }
        Files.createDirectory(staging);
    }

    /** Writes {@code content} to {@code relative} (slash-separated) below the staging folder. */
    public synchronized void write(String relative, byte[] content) throws IOException {
        Path file = staged(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, content, StandardOpenOption.CREATE_NEW);
    }

    /** Creates the folder {@code relative} (slash-separated) below the staging folder. */
    public synchronized void createDirectories(String relative) throws IOException {
        Files.createDirectories(staged(relative));
    }

    private Path staged(String relative) throws IOException {
        if (closed) {
            throw new IOException("stopped: stackgen is shutting down");
        }
        Path path = staging.resolve(relative).normalize();
        if (!path.startsWith(staging) || path.equals(staging)) {
            throw new IllegalStateException("staged path leaves the staging folder: " + relative);
        }
        return path;
    }

    /**
     * Moves each staged folder {@code names} (direct children of the staging folder) to {@code parent/<name>},
     * replacing what is there. On failure every name already moved is moved back and the old version restored.
     */
    public synchronized void swapIn(List<String> names) throws IOException {
        if (closed) {
            throw new IOException("stopped: stackgen is shutting down");
        }
        Files.createDirectory(previous);
        Files.writeString(previous.resolve(JOURNAL), String.join("\n", names) + "\n", StandardCharsets.UTF_8);
        List<String> touched = new ArrayList<>();
        try {
            for (String name : names) {
                touched.add(name);
                Path target = parent.resolve(name);
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    move(target, previous.resolve(name));
                }
                move(staging.resolve(name), target);
            }
        } catch (IOException e) {
            rollBack(touched, e);
            throw e;
        }
        Files.delete(previous.resolve(JOURNAL)); // the swap is complete: from here on the old versions are rubbish
    }

    /** Best effort, newest first: the new folder back to staging, the old one back in place. */
    private void rollBack(List<String> touched, IOException cause) {
        for (int i = touched.size() - 1; i >= 0; i--) {
            try {
                undo(parent, staging, previous, touched.get(i));
            } catch (IOException again) {
                cause.addSuppressed(again);
            }
        }
        try {
            Files.deleteIfExists(previous.resolve(JOURNAL));
        } catch (IOException again) {
            cause.addSuppressed(again);
        }
    }

    private static void undo(Path parent, Path staging, Path previous, String name) throws IOException {
        Path target = parent.resolve(name);
        if (!Files.exists(staging.resolve(name), LinkOption.NOFOLLOW_LINKS) && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(staging);
            move(target, staging.resolve(name));
        }
        if (Files.exists(previous.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
            move(previous.resolve(name), target);
        }
    }

    /** Deletes the staging folder and the old versions (whatever {@link #swapIn} did not move into place). */
    @Override
    public synchronized void close() {
        closed = true;
        OPEN.remove(this);
        deleteTree(staging);
        deleteTree(previous);
    }

    /** The hidden folders of processes that are gone: a half-done swap is undone, then both are deleted. */
    private static void recoverLeftovers(Path parent) throws IOException {
        List<Path> leftovers = new ArrayList<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(parent, ".stackgen-*")) {
            children.forEach(leftovers::add);
        }
        for (Path leftover : leftovers) {
            Matcher m = LEFTOVER.matcher(leftover.getFileName().toString());
            if (!m.matches() || ProcessHandle.of(Long.parseLong(m.group(2))).map(ProcessHandle::isAlive).orElse(false)) {
                continue;
            }
            String id = m.group(2) + "-" + m.group(3);
            Path staging = parent.resolve(STAGING + id);
            Path previous = parent.resolve(PREVIOUS + id);
            Path journal = previous.resolve(JOURNAL);
            if (Files.isRegularFile(journal)) {
                List<String> names = Files.readAllLines(journal, StandardCharsets.UTF_8);
                for (int i = names.size() - 1; i >= 0; i--) {
                    if (!names.get(i).isEmpty()) {
                        undo(parent, staging, previous, names.get(i));
                    }
                }
                Files.delete(journal);
            }
            deleteTree(staging);
            deleteTree(previous);
        }
    }

    private static void installShutdownHook() {
        synchronized (HOOK_LOCK) {
            if (!hookInstalled) {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> List.copyOf(OPEN).forEach(DirectorySwap::close),
                        "stackgen-output-cleanup"));
                hookInstalled = true;
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | UncheckedIOException e) {
            // best effort: a leftover is hidden, named for the process, and removed by the next swap here
        }
    }
}
