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
final class TimeLimit {
    private TimeLimit() {
    }

    static <T> T run(Duration limit, String what, Callable<T> work) {
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
}
