package vn.kehoach.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a piece of text came from; later stages trust the kinds differently (OCR text carries confidences). */
public enum SourceKind {
    TEXT_LAYER("text-layer"),
    OCR("ocr"),
    OFFICE("office"),
    PLAIN("plain");

    private final String id;

    SourceKind(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }
}
