package io.stackgen.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectorySwapTest {
    @TempDir
    Path parent;

    @Test
    void swapsInTheNamedFoldersAndLeavesTheOthers() throws IOException {
        write(parent.resolve("a/old.txt"), "old a");
        write(parent.resolve("keep/k.txt"), "keep");

        try (DirectorySwap swap = DirectorySwap.in(parent)) {
            swap.write("a/new.txt", bytes("new a"));
            swap.write("b/sub/b.txt", bytes("new b"));
            swap.swapIn(List.of("a", "b"));
        }

        assertThat(listing(parent)).containsExactly("a", "b", "keep");
        assertThat(listing(parent.resolve("a"))).containsExactly("new.txt");
        assertThat(parent.resolve("b/sub/b.txt")).hasContent("new b");
        assertThat(parent.resolve("keep/k.txt")).hasContent("keep");
    }

    @Test
    void aFailureMidSwapPutsBackWhatWasAlreadySwapped() throws IOException {
        write(parent.resolve("a/old.txt"), "old a");
        write(parent.resolve("b/old.txt"), "old b");

        try (DirectorySwap swap = DirectorySwap.in(parent)) {
            swap.write("a/new.txt", bytes("new a"));
            assertThatThrownBy(() -> swap.swapIn(List.of("a", "b"))).isInstanceOf(NoSuchFileException.class);
        }

        assertThat(listing(parent)).containsExactly("a", "b");
        assertThat(listing(parent.resolve("a"))).containsExactly("old.txt");
        assertThat(listing(parent.resolve("b"))).containsExactly("old.txt");
    }

    @Test
    void nothingIsWrittenAfterTheSwapIsClosed() throws IOException {
        DirectorySwap swap = DirectorySwap.in(parent);
        swap.close();

        assertThatThrownBy(() -> swap.write("a/x", bytes("x"))).isInstanceOf(IOException.class)
                .hasMessage("stopped: stackgen is shutting down");
        assertThat(listing(parent)).isEmpty();
    }

    @Test
    void stagedPathsCannotLeaveTheStagingFolder() throws IOException {
        try (DirectorySwap swap = DirectorySwap.in(parent)) {
            assertThatThrownBy(() -> swap.write("../escape", bytes("x"))).isInstanceOf(IllegalStateException.class);
        }
        assertThat(listing(parent)).isEmpty();
    }

    /** A process killed half-way through a swap: a and n already swapped in, b not yet. */
    @Test
    void theNextSwapUndoesAHalfDoneSwapOfADeadProcess() throws Exception {
        String id = deadPid() + "-1f2e";
        Path staging = parent.resolve(".stackgen-staging-" + id);
        Path previous = parent.resolve(".stackgen-previous-" + id);
        write(parent.resolve("a/new.txt"), "new a");
        write(previous.resolve("a/old.txt"), "old a");
        write(parent.resolve("n/new.txt"), "new n");
        write(parent.resolve("b/old.txt"), "old b");
        write(staging.resolve("b/new.txt"), "new b");
        write(previous.resolve(".stackgen-swap-journal"), "a\nn\nb\n");

        DirectorySwap.in(parent).close();

        assertThat(listing(parent)).containsExactly("a", "b");
        assertThat(listing(parent.resolve("a"))).containsExactly("old.txt");
        assertThat(listing(parent.resolve("b"))).containsExactly("old.txt");
    }

    @Test
    void leftoversOfADeadProcessWithoutAJournalAreDeleted() throws Exception {
        String id = deadPid() + "-abc";
        write(parent.resolve(".stackgen-staging-" + id + "/a/x.txt"), "partial");
        write(parent.resolve(".stackgen-previous-" + id + "/a/x.txt"), "old, swap complete");
        write(parent.resolve("a/x.txt"), "new");

        DirectorySwap.in(parent).close();

        assertThat(listing(parent)).containsExactly("a");
        assertThat(parent.resolve("a/x.txt")).hasContent("new");
    }

    @Test
    void leftoversOfARunningProcessAreLeftAlone() throws IOException {
        Path running = parent.resolve(".stackgen-staging-" + ProcessHandle.current().pid() + "-77");
        write(running.resolve("a/x.txt"), "being written");

        DirectorySwap.in(parent).close();

        assertThat(running.resolve("a/x.txt")).hasContent("being written");
    }

    private static long deadPid() throws Exception {
        Process process = new ProcessBuilder("true").start();
        process.waitFor();
        return process.pid();
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
