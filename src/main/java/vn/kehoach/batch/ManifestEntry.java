package vn.kehoach.batch;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One line of the manifest: a document finished, with the content hash and pipeline version it was
 * made from, the output written ({@code .json} or {@code .error.json}, relative to the output folder),
 * its pages and time, and the error when it failed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ManifestEntry(String documentId, String sha256, String pipelineVersion, String output,
                            int pages, int ocrPages, long millis, ErrorReport error) {

    @JsonIgnore
    public boolean ok() {
        return error == null;
    }

    /** Whether this entry stands for the same input content run through the same pipeline. */
    boolean sameWork(String otherSha256, String otherPipelineVersion) {
        return sha256 != null && sha256.equals(otherSha256) && pipelineVersion.equals(otherPipelineVersion);
    }
}
