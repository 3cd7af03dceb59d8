package vn.kehoach.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The input file: its path as given (relative to the batch root), content hash, detected media type,
 * kind, page count, and OCR figures over the document (null when nothing was OCR'd).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceInfo(String file, String sha256, String mediaType, DocumentKind kind, int pages, OcrSummary ocr) {

    /** OCR figures over all OCR'd pages of the document. */
    public record OcrSummary(int pages, int words, double meanConfidence, long millis) {
    }
}
