package vn.kehoach.batch;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How a batch runs: where it writes, how many documents at once, whether to redo work the manifest
 * says is done, each document's time limit, and the version of the pipeline (see {@link PipelineVersion}).
 */
public record BatchSettings(Path outDir, int jobs, boolean force, Duration timeout, String pipelineVersion) {

    public BatchSettings {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1: " + jobs);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the time limit must be positive: " + timeout);
        }
    }
}
