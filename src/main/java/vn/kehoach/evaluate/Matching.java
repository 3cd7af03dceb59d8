package vn.kehoach.evaluate;

import java.text.Normalizer;
import java.util.Locale;
import vn.kehoach.normalize.VietnameseText;

/**
 * How a found value is compared with the gold one, as in GROBID's end-to-end evaluation: {@code STRICT}
 * is the exact string; {@code NORMALIZED} folds Unicode form, case, spacing, punctuation and diacritics.
 */
public enum Matching {
    STRICT,
    NORMALIZED;

    public String key(String value) {
        if (this == STRICT) {
            return value;
        }
        String folded = VietnameseText.removeAccents(Normalizer.normalize(value, Normalizer.Form.NFC)).toLowerCase(Locale.ROOT);
        return folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
