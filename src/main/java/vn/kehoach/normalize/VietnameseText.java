package vn.kehoach.normalize;

import java.text.Normalizer;
import java.util.Locale;

/** Text keys for matching Vietnamese words regardless of how they were typed. */
public final class VietnameseText {

    private VietnameseText() {
    }

    /**
     * A key under which spellings that differ only in Unicode form, tone-mark placement or case meet:
     * "Hoà", "hòa" and "HÒA" (typed in any composition) share the key "hòa".
     */
    public static String matchKey(String text) {
        return TonePlacement.apply(UnicodeCleaner.clean(text), ToneStyle.MODERN).toLowerCase(Locale.ROOT);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The text with every diacritic removed and đ/Đ as d/D: "Nghị quyết" becomes "Nghi quyet". */
    public static String removeAccents(String text) {
        if (isAscii(text)) {
            return text;
        }
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(nfd.length());
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            out.append(c == 'đ' ? 'd' : c == 'Đ' ? 'D' : c);
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }
}
