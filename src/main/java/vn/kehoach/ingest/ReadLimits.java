package vn.kehoach.ingest;

import java.time.Duration;
import org.xml.sax.SAXException;

/**
 * The budget of one document's parse, in characters of text and in time, charged as the parser emits
 * SAX events: a huge or pathological file stops the parse instead of filling the heap.
 */
final class ReadLimits {

    /** Stops the parse of a document that went over its budget; the message is for people. */
    static final class Exceeded extends SAXException {
        Exceeded(String message) {
            super(message);
        }
    }

    private final long maxChars;
    private final Duration timeout;
    private final long deadline;
    private long chars;

    /** Starts the clock. */
    ReadLimits(long maxChars, Duration timeout) {
        this.maxChars = maxChars;
        this.timeout = timeout;
        this.deadline = System.nanoTime() + timeout.toNanos();
    }

    void charge(int moreChars) throws Exceeded {
        chars += moreChars;
        if (chars > maxChars) {
            throw new Exceeded("the document has more than " + maxChars + " characters of text");
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new Exceeded("reading the document was interrupted");
        }
        if (System.nanoTime() - deadline > 0) {
            throw new Exceeded("reading the document took longer than " + timeout.toSeconds() + " s");
        }
    }
}
