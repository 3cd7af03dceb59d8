package vn.kehoach.batch;

import vn.kehoach.model.PlanDocument;
import vn.kehoach.pipeline.KehoachException;

/** What {@code <file>.error.json} holds for an input that could not be processed. */
public record ErrorReport(String schemaVersion, String file, String cause, String message) {

    public static ErrorReport of(KehoachException e) {
        return new ErrorReport(PlanDocument.SCHEMA_VERSION, e.file(), e.causeCode(), e.getMessage());
    }
}
