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
final class TimeLimit<T> {
    /** How much longer than the render's own limit the backstop waits. */
    static final Duration GRACE = Duration.ofSeconds(1);

    private final ExecutorService executor;
    private final Future<T> future;
    private final long deadline;
    private final Supplier<String> timedOut;

    private TimeLimit(Duration limit, Supplier<String> timedOut, Callable<T> work) {
        this.timedOut = timedOut;
        this.deadline = System.nanoTime() + limit.toNanos();
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "stackgen-render");
            thread.setDaemon(true);
            return thread;
        });
        this.future = executor.submit(work);
    }

    /**
     * Runs the work and waits for it.
     *
     * @param timedOut the error message when the deadline passes, made at that moment
     */
    static <T> T run(Duration limit, Supplier<String> timedOut, Callable<T> work) {
        return start(limit, timedOut, work).result();
    }

    /** Starts the work, so that the caller can do something else before {@link #result}; the limit counts from now. */
    static <T> TimeLimit<T> start(Duration limit, Supplier<String> timedOut, Callable<T> work) {
        return new TimeLimit<>(limit, timedOut, work);
    }

    /** The work's result, its exception, or an input error once the limit has passed. */
    T result() {
        try {
            return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
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

    /** Stops the work: its result is not wanted. */
    void cancel() {
        future.cancel(true);
        executor.shutdownNow();
    }
}
