package vn.kehoach.normalize;

import java.util.Locale;

/** How a word token of a line becomes a language-model word: lower case, modern tone style, numbers as one class. */
public final class LmWords {

    public static final String NUMBER = "<num>";

    private LmWords() {
    }

    public static String of(String token) {
        if (token.chars().allMatch(Character::isDigit)) {
            return NUMBER;
        }
        boolean ascii = token.chars().allMatch(c -> c < 0x80);
        return (ascii ? token : TonePlacement.apply(token, ToneStyle.MODERN)).toLowerCase(Locale.ROOT);
    }
}
