package vn.kehoach.batch;

import java.util.List;

/** What a run did: the manifest entry of each of its inputs (done now or earlier) and the summary. */
public record BatchResult(List<ManifestEntry> entries, BatchSummary summary) {

    public BatchResult {
        entries = List.copyOf(entries);
    }

    /** Inputs of this run in a failed state: the run's exit code is 1 when there is any. */
    public long failed() {
        return entries.stream().filter(e -> !e.ok()).count();
    }
}
