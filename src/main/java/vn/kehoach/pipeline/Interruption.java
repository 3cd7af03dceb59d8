package vn.kehoach.pipeline;

import java.util.concurrent.CancellationException;

/**
 * Cooperative cancellation: a batch interrupts the thread of a document that ran out of time, and the
 * long loops (pages, stages) look at the flag between steps, since native OCR cannot be stopped from outside.
 */
public final class Interruption {

    private Interruption() {
    }

    /**
     * @param stage the step about to start, for the message
     * @throws StageException when the current thread has been interrupted (the flag is left set)
     */
    public static void check(String file, String stage) throws StageException {
        if (Thread.currentThread().isInterrupted()) {
            throw new StageException(file, stage, new CancellationException("interrupted"));
        }
    }
}
