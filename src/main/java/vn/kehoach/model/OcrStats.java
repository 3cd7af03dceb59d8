package vn.kehoach.model;

/** Figures of one OCR'd page: resolution of the image, words, their mean confidence in [0, 1], time. */
public record OcrStats(String language, int dpi, int words, double meanConfidence, long millis) {
}
