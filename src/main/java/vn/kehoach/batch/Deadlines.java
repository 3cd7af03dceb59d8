package vn.kehoach.batch;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The time limit of each document: a watch started on the worker's thread interrupts that thread when
 * the limit passes. The pipeline stops at the next page or stage (and Tesseract at the next word, see
 * OcrEngine), so the worker is free again soon after the limit instead of the pool stalling.
 */
final class Deadlines implements AutoCloseable {

    private final Duration limit;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "kehoach-deadlines");
        thread.setDaemon(true);
        return thread;
    });

    Deadlines(Duration limit) {
        this.limit = limit;
    }

    Duration limit() {
        return limit;
    }

    /** Starts the clock for the calling thread's current document. */
    Watch start() {
        return new Watch(Thread.currentThread());
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    /** One document's clock; closing it guarantees no interrupt reaches the thread's next document. */
    final class Watch implements AutoCloseable {
        private final Thread worker;
        private final ScheduledFuture<?> alarm;
        private boolean expired;
        private boolean closed;

        private Watch(Thread worker) {
            this.worker = worker;
            this.alarm = timer.schedule(this::expire, limit.toMillis(), TimeUnit.MILLISECONDS);
        }

        private synchronized void expire() {
            if (!closed) {
                expired = true;
                worker.interrupt();
            }
        }

        synchronized boolean expired() {
            return expired;
        }

        @Override
        public void close() {
            synchronized (this) {
                closed = true;
            }
            alarm.cancel(false);
            Thread.interrupted(); // an expiry that came while the document was finishing must not hit the next one
        }
    }
}
