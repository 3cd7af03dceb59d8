package vn.kehoach.batch;

import java.time.Duration;

/** Running figures of a batch for its progress display: documents and pages done, failures, rate, ETA. */
final class ProgressCounts {

    private final long startNanos = System.nanoTime();
    private int total;
    private int done;
    private int failed;
    private long pages;

    synchronized void start(int toDo) {
        total = toDo;
    }

    synchronized void add(ManifestEntry entry) {
        done++;
        pages += entry.pages();
        if (!entry.ok()) {
            failed++;
        }
    }

    synchronized int done() {
        return done;
    }

    synchronized int total() {
        return total;
    }

    /** Pages, rate and failures in a few words. */
    synchronized String figures() {
        return String.format("%d page%s, %.2f pages/s, %d failed", pages, pages == 1 ? "" : "s", pages / seconds(), failed);
    }

    /** The time left, from the document rate so far ("?" before the first document). */
    synchronized String eta() {
        return done == 0 ? "?" : format(Duration.ofMillis(Math.round(seconds() / done * (total - done) * 1000)));
    }

    private double seconds() {
        return Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
    }

    static String format(Duration duration) {
        long s = duration.toSeconds();
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String.format("%d:%02d", s / 60, s % 60);
    }
}
