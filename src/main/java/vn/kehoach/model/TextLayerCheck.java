package vn.kehoach.model;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What ingestion found in a PDF page's text layer and what it did about it. {@code tokens} is the
 * number of letter tokens scored, {@code vietnameseShare} the share of them that are valid
 * Vietnamese syllables, {@code markedShare} the share that are valid and carry Vietnamese marks; a
 * layer with too few marked syllables is judged garbage (e.g. an old English-model OCR) unless it
 * is in a legacy font encoding.
 */
public record TextLayerCheck(int tokens, double vietnameseShare, double markedShare, boolean garbage,
                             Decision decision) {

    /** The page's fate. */
    public enum Decision {
        /** No usable text layer: the page image was OCR'd. */
        NO_TEXT_LAYER_OCR("no-text-layer-ocr"),
        /** The text layer was good and was used. */
        TEXT_LAYER_KEPT("text-layer-kept"),
        /** The text layer was garbage and the page image was re-OCR'd. */
        GARBAGE_REOCR("garbage-reocr"),
        /** The text layer was garbage but the user asked to keep old layers. */
        GARBAGE_KEPT("garbage-kept"),
        /** The text layer is in a legacy 8-bit font encoding (TCVN3, VNI): kept for normalization to decode. */
        LEGACY_ENCODING_KEPT("legacy-encoding-kept");

        private final String id;

        Decision(String id) {
            this.id = id;
        }

        @JsonValue
        public String id() {
            return id;
        }
    }
}
