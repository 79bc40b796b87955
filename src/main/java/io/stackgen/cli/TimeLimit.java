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

/** Runs work on a daemon thread and gives up after a deadline, so a runaway template cannot hang CI. */
final class TimeLimit<T> {
    private final ExecutorService executor;
    private final Future<T> future;
    private final long deadline;
    private final Duration limit;
    private final String what;

    private TimeLimit(Duration limit, String what, Callable<T> work) {
        this.limit = limit;
        this.what = what;
        this.deadline = System.nanoTime() + limit.toNanos();
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "stackgen-render");
            thread.setDaemon(true);
            return thread;
        });
        this.future = executor.submit(work);
    }

    /** Runs the work and waits for it. */
    static <T> T run(Duration limit, String what, Callable<T> work) {
        return start(limit, what, work).result();
    }

    /** Starts the work, so that the caller can do something else before {@link #result}; the limit counts from now. */
    static <T> TimeLimit<T> start(Duration limit, String what, Callable<T> work) {
        return new TimeLimit<>(limit, what, work);
    }

    /** The work's result, its exception, or an input error once the limit has passed. */
    T result() {
        try {
            return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new InputException(what + ": rendering took longer than " + limit.toSeconds()
                    + " s (--timeout); does a template loop without end?");
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
            throw new InputException(what + ": interrupted");
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
