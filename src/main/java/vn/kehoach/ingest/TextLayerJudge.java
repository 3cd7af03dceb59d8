package vn.kehoach.ingest;

import vn.kehoach.normalize.LegacyEncodings;
import vn.kehoach.normalize.VietnameseSyllables;

/**
 * Judges whether a PDF page's text layer is worth keeping. Clean Vietnamese has most tokens carrying
 * marks; an old English-model OCR layer of a Vietnamese scan has lost them ("Muc tiéu cu thé"), and so
 * has text that is not Vietnamese at all. A layer in a legacy 8-bit font encoding (TCVN3 ".VnTime":
 * "NghÞ quyÕt sè") has few valid marked syllables too, but its text is all there and normalization
 * decodes it; normalization's own detector (decode with each legacy encoding, score the syllables)
 * tells such a layer apart, so the page is kept rather than OCR'd.
 *
 * <p>Thresholds measured on page-sized chunks (30 to 300 tokens) of the seeds and the corpus: marked
 * share of clean text 0.27 at the 0.1st percentile of 30-token chunks (0.42 for 300), of the
 * English-model OCR seed at most 0.20.
 */
final class TextLayerJudge {

    /** Fewer letter tokens than this are too few to judge: the layer is kept. */
    static final int MIN_TOKENS = 30;
    /** From this share of marked valid syllables on, the layer is Vietnamese. */
    static final double MIN_MARKED_SHARE = 0.35;

    enum Outcome { TOO_FEW_TOKENS, VIETNAMESE, LEGACY_ENCODING, GARBAGE }

    record Verdict(int tokens, double validShare, double markedShare, Outcome outcome) {
    }

    private TextLayerJudge() {
    }

    /** @param fontHint the page's dominant font name (".VnTime" points at TCVN3), or null */
    static Verdict judge(String text, String fontHint) {
        VietnameseSyllables.Score score = VietnameseSyllables.score(text);
        Outcome outcome = score.tokens() < MIN_TOKENS ? Outcome.TOO_FEW_TOKENS
            : score.markedShare() >= MIN_MARKED_SHARE ? Outcome.VIETNAMESE
            : LegacyEncodings.detect(text, fontHint).encoding().isPresent() ? Outcome.LEGACY_ENCODING
            : Outcome.GARBAGE;
        return new Verdict(score.tokens(), score.validShare(), score.markedShare(), outcome);
    }
}
