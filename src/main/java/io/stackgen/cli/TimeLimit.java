package io.stackgen.cli;

import io.stackgen.common.InputException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs work on a daemon thread and gives up after a deadline, so a runaway template cannot hang CI. A render stops
 * itself at its time limit (the engine checks it before every template node); this is the backstop for work that
 * never reaches the next node.
 */
final class TimeLimit {
    /** How much longer than the render's own limit the backstop waits. */
    static final Duration GRACE = Duration.ofSeconds(1);

    private TimeLimit() {
    }

    /** @param timedOut the error message when the deadline passes, made at that moment */
    static <T> T run(Duration limit, Supplier<String> timedOut, Callable<T> work) {
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "stackgen-render");
            thread.setDaemon(true);
            return thread;
        });
        Future<T> future = executor.submit(work);
        try {
            return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new InputException(timedOut.get());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException("rendering interrupted");
        } finally {
            executor.shutdownNow();
        }
    }
}
