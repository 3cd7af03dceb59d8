package vn.kehoach.normalize;

import java.util.Locale;

/** How a word token of a line becomes a language-model word: lower case, modern tone style, numbers as one class. */
public final class LmWords {

    public static final String NUMBER = "<num>";

    private LmWords() {
    }

    public static String of(String token) {
        // loops, not streams: this runs for every token the decoder sees
        boolean digits = true;
        boolean ascii = true;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            digits &= Character.isDigit(c);
            ascii &= c < 0x80;
        }
        if (digits) {
            return NUMBER;
        }
        return (ascii ? token : TonePlacement.apply(token, ToneStyle.MODERN)).toLowerCase(Locale.ROOT);
    }
}
