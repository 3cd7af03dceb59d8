package vn.kehoach.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whom a failed check most likely blames: the reading of the scan, or the document's authors. */
public enum Triage {
    /** A number involved is doubted, or one typical OCR misreading of one cell would make the check pass. */
    PROBABLE_OCR_ERROR("probable-ocr-error"),
    /** The numbers were read with confidence and still disagree: the source prints them so. */
    SOURCE_INCONSISTENCY("source-inconsistency");

    private final String id;

    Triage(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }
}
