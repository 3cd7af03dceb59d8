package vn.kehoach.normalize;

import java.util.Locale;

/** Carries the capitalisation of an observed token over to its repaired (lower-case) spelling. */
final class LetterCase {

    private LetterCase() {
    }

    static String like(String lowerWord, String observed) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < observed.length(); i++) {
            char c = observed.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                upper += Character.isUpperCase(c) ? 1 : 0;
            }
        }
        if (upper == 0) {
            return lowerWord;
        }
        if (upper == letters && letters > 1) {
            return lowerWord.toUpperCase(Locale.ROOT);
        }
        return Character.isUpperCase(firstLetter(observed))
            ? lowerWord.substring(0, 1).toUpperCase(Locale.ROOT) + lowerWord.substring(1) : lowerWord;
    }

    private static char firstLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return s.charAt(i);
            }
        }
        return s.charAt(0);
    }
}
