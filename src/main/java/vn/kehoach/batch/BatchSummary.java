package vn.kehoach.batch;

import vn.kehoach.model.PlanDocument;

/**
 * {@code OUT/summary.json}: the figures of the last run and the totals of the output folder. Schema:
 * {@code src/main/resources/schema/summary.schema.json}.
 */
public record BatchSummary(String schemaVersion, String pipelineVersion, Run run, FolderTotals folder) {

    /**
     * The last run over its inputs: how many were processed now, skipped as already done, and are in a
     * failed state (now or earlier); pages and OCR'd pages processed now, wall time and rates.
     */
    public record Run(int inputs, int processed, int skipped, int failed, long pages, long ocrPages, double seconds,
                      double documentsPerSecond, double pagesPerSecond) {
    }

    static BatchSummary of(String pipelineVersion, Run run, FolderTotals folder) {
        return new BatchSummary(PlanDocument.SCHEMA_VERSION, pipelineVersion, run, folder);
    }
}
