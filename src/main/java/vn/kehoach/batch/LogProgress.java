package vn.kehoach.batch;

import java.io.PrintWriter;

/** Progress as one line per finished document, with the running figures: for logs and pipes. */
final class LogProgress implements Progress {

    private final PrintWriter log;
    private final ProgressCounts counts = new ProgressCounts();

    LogProgress(PrintWriter log) {
        this.log = log;
    }

    @Override
    public void start(int toDo, int alreadyDone) {
        counts.start(toDo);
        if (alreadyDone > 0) {
            log.printf("%d document%s already done (skipped), %d to do%n", alreadyDone, alreadyDone == 1 ? "" : "s", toDo);
        }
    }

    @Override
    public void finished(ManifestEntry entry) {
        String line;
        synchronized (counts) {
            counts.add(entry);
            String counter = "[" + counts.done() + "/" + counts.total() + "] ";
            line = entry.ok()
                ? String.format("%sok    %s (%d page%s, %.1f s); %s", counter, entry.documentId(), entry.pages(),
                    entry.pages() == 1 ? "" : "s", entry.millis() / 1000.0, counts.figures() + ", ETA " + counts.eta())
                : counter + Progress.errorLine(entry.error());
        }
        log.println(line);
    }

    @Override
    public void close() {
        log.flush();
    }
}
