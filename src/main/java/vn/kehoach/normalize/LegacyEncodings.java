package vn.kehoach.normalize;

import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import vn.kehoach.normalize.VietnameseSyllables.Score;

/**
 * Recognises Vietnamese text in a legacy encoding and decodes it to Unicode. Every encoding is tried
 * and scored by the share of words that are valid Vietnamese syllables; a decoding wins only if it
 * reads clearly better than the text as it is, so clean Unicode text is never "decoded".
 */
public final class LegacyEncodings {

    /** How much larger a valid-syllable share an unhinted decoding needs than the text as it is. */
    static final double MARGIN = 0.15;
    /**
     * How many invalid words an unhinted decoding must turn valid, at least, and at least half of them:
     * mojibake words are nearly all repaired, while a clean text only gains stray "syllables" made
     * out of symbols (÷ and ³ are letters in TCVN3 and VISCII) and OCR garbage gains a few by chance.
     */
    static final int MIN_REPAIRED_WORDS = 2;

    /** Letters that cp1252 decoding can produce above Latin-1 (Œ, š, Ÿ, ƒ, ˆ, ˜ ...). */
    private static final String CP1252_HIGH_LETTERS = IntStream.range(0x80, 0xA0)
        .mapToObj(b -> new String(new byte[] {(byte) b}, Charset.forName("windows-1252")))
        .flatMapToInt(String::codePoints).filter(c -> c >= 0x100 && Character.isLetter(c))
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();

    private LegacyEncodings() {
    }

    /**
     * The outcome of detection: the text to use (decoded or as it was), the encoding found if any,
     * whether an all-capital font was assumed and the share of valid syllables in {@code text}.
     */
    public record Detection(String text, Optional<LegacyEncoding> encoding, boolean upperCaseFont, double validShare) {

        /** Decodes another text of the same source (a line in the same font) the same way. */
        public String decode(String other) {
            return encoding.map(e -> LegacyEncodings.decode(other, e, upperCaseFont)).orElse(other);
        }
    }

    /**
     * Finds the legacy encoding of a text, if any.
     *
     * @param fontHint the font the text was set in (".VnTime", ".VnTimeH", "VNI-Times" ...), or null
     */
    public static Detection detect(String text, String fontHint) {
        Optional<FontHint> hint = FontHint.of(fontHint);
        Score asIs = VietnameseSyllables.score(text);
        Detection best = new Detection(text, Optional.empty(), false, asIs.validShare());
        if (!couldBeLegacy(text)) {
            return best;
        }
        for (LegacyEncoding encoding : LegacyEncoding.values()) {
            if (!encoding.table().touches(text)) {
                continue;
            }
            boolean hinted = hint.isPresent() && hint.get().encoding() == encoding;
            boolean upperCase = hinted && hint.get().upperCase();
            String decoded = decode(text, encoding, upperCase);
            Score score = VietnameseSyllables.score(decoded);
            boolean better = score.validShare() > best.validShare() || (hinted && score.validShare() == best.validShare());
            if (!decoded.equals(text) && convincing(asIs, score, hinted) && (best.encoding().isEmpty() || better)) {
                best = new Detection(decoded, Optional.of(encoding), upperCase, score.validShare());
            }
        }
        return best;
    }

    /** Whether a decoding reads enough better than the text as it is; a matching font name lowers the bar. */
    private static boolean convincing(Score asIs, Score decoded, boolean hinted) {
        int invalidBefore = asIs.tokens() - asIs.valid();
        int repaired = invalidBefore - (decoded.tokens() - decoded.valid());
        if (hinted) {
            return repaired >= 0 && decoded.validShare() >= asIs.validShare();
        }
        return repaired >= MIN_REPAIRED_WORDS && 2 * repaired >= invalidBefore
            && decoded.validShare() >= asIs.validShare() + MARGIN;
    }

    /**
     * Whether the text could be legacy-encoded text as it arrives: it has no letter or combining mark
     * that only Unicode can give (ế, ư, đ ...), since legacy bytes arrive through cp1252.
     */
    public static boolean couldBeLegacy(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean letterOrMark = Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
            if (c >= 0x100 && letterOrMark && CP1252_HIGH_LETTERS.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Decodes legacy text. For TCVN3, {@code upperCaseFont} says the text was set in an all-capital
     * font (".VnTimeH"), which shows every letter as a capital; without it, capitals with tones are
     * guessed from the capitals around them ({@link Tcvn3Capitals}).
     */
    public static String decode(String text, LegacyEncoding encoding, boolean upperCaseFont) {
        String decoded = encoding.table().decode(text);
        if (encoding != LegacyEncoding.TCVN3) {
            return decoded;
        }
        return upperCaseFont ? decoded.toUpperCase(Locale.ROOT) : Tcvn3Capitals.restore(decoded);
    }

    /**
     * The legacy form of a Unicode text as it would arrive through cp1252 (or ASCII for VIQR); '?' for
     * what the encoding cannot hold. TCVN3 writes a capital with a tone as its lower-case code, the
     * code an all-capital font shows as that capital.
     */
    public static String encode(String text, LegacyEncoding encoding) {
        String nfc = UnicodeCleaner.clean(text);
        if (encoding == LegacyEncoding.TCVN3) {
            nfc = LetterRuns.map(nfc, word -> lowerCaseWhereUncoded(word, encoding.table()));
        }
        return encoding.table().encode(nfc);
    }

    private static String lowerCaseWhereUncoded(String word, CodeTable table) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            boolean uncoded = Character.isUpperCase(c) && !table.canEncode(c);
            out.append(uncoded ? Character.toLowerCase(c) : c);
        }
        return out.toString();
    }
}
