package vn.kehoach.batch;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * A live progress bar on stderr (me.tongfei:progressbar): documents done of the total with the
 * library's ETA, and pages, pages/s and failures as its message. Failures are listed under the bar
 * when it closes, since lines printed meanwhile would tear the bar apart.
 */
final class TerminalProgress implements Progress {

    private final PrintWriter log;
    private final ProgressCounts counts = new ProgressCounts();
    private final List<String> errors = new ArrayList<>();
    private ProgressBar bar;

    TerminalProgress(PrintWriter log) {
        this.log = log;
    }

    @Override
    public void start(int toDo, int alreadyDone) {
        counts.start(toDo);
        if (alreadyDone > 0) {
            log.printf("%d document%s already done (skipped)%n", alreadyDone, alreadyDone == 1 ? "" : "s");
            log.flush();
        }
        bar = new ProgressBarBuilder().setTaskName("documents").setInitialMax(toDo)
            .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis(500).build();
    }

    @Override
    public synchronized void finished(ManifestEntry entry) {
        counts.add(entry);
        if (!entry.ok()) {
            errors.add(Progress.errorLine(entry.error()));
        }
        bar.step();
        bar.setExtraMessage(counts.figures());
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
        }
        errors.forEach(log::println);
        log.flush();
    }
}
