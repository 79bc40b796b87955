package io.stackgen.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard error is a terminal (Java has no isatty for it). */
final class StderrTerminal {
    private StderrTerminal() {
    }

    /**
     * On Linux, file descriptor 2 points at a tty or pseudo-terminal device; elsewhere, the best Java offers is a
     * console on standard input and output. TERM=dumb never gets a progress bar.
     */
    static boolean detect() {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        Path fd = Path.of("/proc/self/fd/2");
        if (Files.isSymbolicLink(fd)) {
            try {
                String device = Files.readSymbolicLink(fd).toString();
                return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty");
            } catch (IOException | SecurityException e) {
                return false;
            }
        }
        return System.console() != null;
    }
}
