package vn.kehoach.batch;

import java.io.PrintWriter;

/**
 * How a batch shows its progress: a live bar on a terminal, one plain line per document otherwise (CI
 * logs, pipes), so that logs stay readable and a terminal is not flooded.
 */
public sealed interface Progress extends AutoCloseable permits LogProgress, TerminalProgress {

    /** The batch starts: {@code toDo} documents to process, {@code alreadyDone} skipped as done by an earlier run. */
    void start(int toDo, int alreadyDone);

    /** A document finished, converted or failed; called from the workers. */
    void finished(ManifestEntry entry);

    @Override
    void close();

    /** A bar when the process runs on a terminal, else log lines to {@code log}. */
    static Progress choose(PrintWriter log) {
        return System.console() != null ? new TerminalProgress(log) : new LogProgress(log);
    }

    /** The one-line report of a failure, the same on a terminal and in a log. */
    static String errorLine(ErrorReport error) {
        return "ERROR " + error.file() + ": " + error.cause() + ": " + error.message();
    }
}
