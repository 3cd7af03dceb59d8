package vn.kehoach.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The few lines printed at the end of a batch: this run's inputs and figures, then the folder's failures and findings. */
public final class SummaryText {

    private SummaryText() {
    }

    public static List<String> lines(BatchResult result, Path outDir) {
        BatchSummary.Run run = result.summary().run();
        FolderTotals folder = result.summary().folder();
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%d document%s, %d ok, %d failed; output in %s", run.inputs(), run.inputs() == 1 ? "" : "s",
            run.inputs() - run.failed(), run.failed(), outDir));
        lines.add(String.format("this run: %d processed, %d already done; %d pages (%d OCR'd) in %.1f s: "
            + "%.2f documents/s, %.2f pages/s", run.processed(), run.skipped(), run.pages(), run.ocrPages(), run.seconds(),
            run.documentsPerSecond(), run.pagesPerSecond()));
        String scope = folder.documents() == run.inputs() ? "" : " (all " + folder.documents() + " documents in " + outDir + ")";
        if (!folder.failuresByCause().isEmpty()) {
            lines.add("failures by cause" + scope + ": " + counts(folder.failuresByCause()));
        }
        lines.add("findings" + scope + ": " + (folder.findingsBySeverity().isEmpty() ? "none"
            : counts(folder.findingsBySeverity()) + "; by rule: " + folder.findingsByRule().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " " + e.getValue().values().stream().mapToInt(Integer::intValue).sum())
                .collect(Collectors.joining(", "))));
        return lines;
    }

    private static String counts(Map<String, Integer> counts) {
        return counts.entrySet().stream().sorted(Map.Entry.comparingByKey())
            .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
