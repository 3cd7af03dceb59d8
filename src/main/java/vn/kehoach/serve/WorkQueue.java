package vn.kehoach.serve;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import vn.kehoach.pipeline.KehoachException;

/**
 * A fixed set of workers with a bounded waiting line. Work that finds every worker busy and the line
 * full is refused at once (503) rather than piling up memory and latency; work not done in time is
 * given up (504). A pipeline stuck in native OCR may not stop when interrupted: its worker stays busy
 * until it ends, which the bounded line then reflects.
 */
final class WorkQueue implements AutoCloseable {

    /** Seconds a refused client is told to wait before trying again. */
    static final int RETRY_AFTER_SECONDS = 5;
    private static final int CLOSE_WAIT_SECONDS = 60;

    /** Work that may fail with a pipeline or API failure. */
    @FunctionalInterface
    interface Work<T> {
        T call() throws KehoachException, ApiFailure;
    }

    private final ThreadPoolExecutor executor;
    private final Duration timeout;

    WorkQueue(int workers, int capacity, Duration timeout) {
        AtomicInteger count = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.MILLISECONDS,
            capacity == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(capacity),
            r -> new Thread(r, "kehoach-worker-" + count.incrementAndGet()), new ThreadPoolExecutor.AbortPolicy());
        this.timeout = timeout;
    }

    <T> T run(Work<T> work) throws KehoachException, ApiFailure {
        Future<T> future;
        try {
            future = executor.submit((Callable<T>) work::call);
        } catch (RejectedExecutionException e) {
            throw new ApiFailure(503, "busy", "all " + executor.getMaximumPoolSize() + " workers are busy and "
                + executor.getQueue().size() + " requests wait; retry after " + RETRY_AFTER_SECONDS + " s");
        }
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new ApiFailure(504, "timeout", "not done within " + timeout.toMillis() / 1000.0 + " s");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new ApiFailure(503, "shutting-down", "the service is stopping");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof KehoachException k) {
                throw k;
            }
            if (cause instanceof ApiFailure a) {
                throw a;
            }
            throw new ApiFailure(500, "internal-error", cause.toString());
        }
    }

    /**
     * Stops taking work and waits a while for running work to end: the OCR engines it uses must not be
     * closed under it.
     */
    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
