package io.stackgen.cli;

import java.io.PrintWriter;

/**
 * A one-line progress bar on standard error while a fleet renders, redrawn at most every 100 ms; nothing at all
 * unless standard error is a terminal, so logs and pipes stay clean.
 */
final class FleetProgress {
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final int total;
    private int done;
    private long lastDraw;
    private boolean drawn;

    private FleetProgress(PrintWriter err, boolean terminal, int total) {
        this.err = err;
        this.terminal = terminal;
        this.total = total;
    }

    static FleetProgress none() {
        return new FleetProgress(null, false, 0);
    }

    static FleetProgress on(PrintWriter err, boolean terminal, int total) {
        return new FleetProgress(err, terminal, total);
    }

    /** One more release done (rendered or failed); called from the render threads. */
    synchronized void step() {
        done++;
        long now = System.nanoTime();
        if (terminal && (done == total || !drawn || now - lastDraw >= REDRAW_NANOS)) {
            int filled = total == 0 ? WIDTH : done * WIDTH / total;
            err.print("\r[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + done + "/" + total + " releases");
            err.flush();
            lastDraw = now;
            drawn = true;
        }
    }

    /** Erases the bar, so that what follows starts on a clean line. */
    synchronized void clear() {
        if (drawn) {
            err.print("\r\033[K");
            err.flush();
            drawn = false;
        }
    }
}
