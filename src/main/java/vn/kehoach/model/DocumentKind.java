package vn.kehoach.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** What kind of input a document was, summarised over its pages. */
public enum DocumentKind {
    TEXT_PDF("text-pdf"),
    SCANNED_PDF("scanned-pdf"),
    /** Some pages from the text layer, some OCR'd. */
    MIXED_PDF("mixed-pdf"),
    IMAGE("image"),
    OFFICE("office"),
    PLAIN("plain");

    private final String id;

    DocumentKind(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }
}
