package vn.kehoach.ingest;

import java.util.regex.Pattern;
import vn.kehoach.normalize.VietnameseSyllables;

/**
 * Judges whether a PDF page's text layer is worth keeping. Clean Vietnamese has most tokens carrying
 * marks; an old English-model OCR layer of a Vietnamese scan has lost them ("Muc tiéu cu thé"), and so
 * has text that is not Vietnamese at all. A layer in a legacy 8-bit font encoding (TCVN3 ".VnTime":
 * "NghÞ quyÕt sè") has few valid marked syllables too, but its text is all there and normalization
 * decodes it: it shows as many tokens holding Latin-1 characters that Vietnamese never uses (Þ § ¬ µ).
 *
 * <p>Thresholds measured on page-sized chunks (30 to 300 tokens) of the seeds and the corpus: marked
 * share of clean text 0.27 at the 0.1st percentile of 30-token chunks (0.42 for 300), of the
 * English-model OCR seed at most 0.20; legacy token share of TCVN3-encoded corpus text 0.28 at the
 * 0.1st percentile, of the OCR seed at most 0.06.
 */
final class TextLayerJudge {

    /** Fewer letter tokens than this are too few to judge: the layer is kept. */
    static final int MIN_TOKENS = 30;
    /** From this share of marked valid syllables on, the layer is Vietnamese. */
    static final double MIN_MARKED_SHARE = 0.35;
    /** From this share of tokens holding non-Vietnamese Latin-1 characters on, the layer is a legacy encoding. */
    static final double MIN_LEGACY_SHARE = 0.15;

    private static final String VIETNAMESE_LATIN1 = "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    enum Outcome { TOO_FEW_TOKENS, VIETNAMESE, LEGACY_ENCODING, GARBAGE }

    record Verdict(int tokens, double validShare, double markedShare, double legacyShare, Outcome outcome) {
    }

    private TextLayerJudge() {
    }

    static Verdict judge(String text) {
        VietnameseSyllables.Score score = VietnameseSyllables.score(text);
        double legacy = legacyShare(text);
        Outcome outcome = score.tokens() < MIN_TOKENS ? Outcome.TOO_FEW_TOKENS
            : score.markedShare() >= MIN_MARKED_SHARE ? Outcome.VIETNAMESE
            : legacy >= MIN_LEGACY_SHARE ? Outcome.LEGACY_ENCODING
            : Outcome.GARBAGE;
        return new Verdict(score.tokens(), score.validShare(), score.markedShare(), legacy, outcome);
    }

    /** The share of whitespace-separated tokens with letters that hold a Latin-1 character Vietnamese does not use. */
    static double legacyShare(String text) {
        int tokens = 0;
        int foreign = 0;
        for (String token : WHITESPACE.split(text)) {
            if (token.codePoints().anyMatch(Character::isLetter)) {
                tokens++;
                if (token.chars().anyMatch(c -> c >= '\u00a1' && c <= '\u00ff' && VIETNAMESE_LATIN1.indexOf(c) < 0)) {
                    foreign++;
                }
            }
        }
        return tokens == 0 ? 0 : (double) foreign / tokens;
    }
}
