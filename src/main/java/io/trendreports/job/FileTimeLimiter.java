package io.trendreports.job;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the work on one file with a time bound. The threads are daemons: a parse stuck past its
 * bound cannot be killed in Java, but it must not keep the process alive either. One instance
 * per process, independent of the step scope, so that stopping a step never shuts it down.
 */
public class FileTimeLimiter implements AutoCloseable {

    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "ingest-file");
        t.setDaemon(true);
        return t;
    });

    public <T> T call(Callable<T> work, Duration limit) throws TimeoutException, ExecutionException,
            InterruptedException {
        Future<T> task = workers.submit(work);
        try {
            return task.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | InterruptedException e) {
            task.cancel(true);
            throw e;
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
