package vn.kehoach.normalize;

import java.text.Normalizer;

/**
 * Unicode clean-up of one line of Vietnamese text: NFC, tone marks typed before the vowel mark put
 * back in order, the look-alike Ð/ð replaced by Đ/đ, invisible characters removed.
 */
public final class UnicodeCleaner {

    private UnicodeCleaner() {
    }

    /** Returns the cleaned text; the very same string when nothing needed doing (the common case). */
    public static String clean(String text) {
        if (!needsRepair(text)) {
            return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        }
        StringBuilder visible = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\u00D0' -> visible.append('Đ');
                case '\u00F0' -> visible.append('đ');
                default -> {
                    if (!isInvisible(c)) {
                        visible.append(c);
                    }
                }
            }
        }
        String nfd = Normalizer.normalize(visible, Normalizer.Form.NFD);
        return Normalizer.normalize(vowelMarksFirst(nfd), Normalizer.Form.NFC);
    }

    /** Whether the text holds anything that plain NFC leaves wrong: marks, eth, invisible characters. */
    private static boolean needsRepair(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isCombiningMark(c) || c == '\u00D0' || c == '\u00F0' || isInvisible(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isInvisible(char c) {
        return c == '\u00AD' || (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF';
    }

    private static boolean isCombiningMark(char c) {
        return c >= '\u0300' && c <= '\u036F';
    }

    /**
     * Moves circumflex, breve and horn before the tone marks in every run of combining marks. A tone
     * typed first ("e" + acute + circumflex) shares the canonical combining class 230 with the
     * circumflex, so NFC keeps the order and cannot compose "ế"; with the vowel mark first it can.
     */
    private static String vowelMarksFirst(String nfd) {
        StringBuilder out = new StringBuilder(nfd.length());
        int i = 0;
        while (i < nfd.length()) {
            if (!isCombiningMark(nfd.charAt(i))) {
                out.append(nfd.charAt(i++));
                continue;
            }
            int end = i;
            while (end < nfd.length() && isCombiningMark(nfd.charAt(end))) {
                end++;
            }
            appendMarks(out, nfd, i, end, true);
            appendMarks(out, nfd, i, end, false);
            i = end;
        }
        return out.toString();
    }

    private static void appendMarks(StringBuilder out, String marks, int from, int to, boolean vowelMarks) {
        for (int i = from; i < to; i++) {
            char c = marks.charAt(i);
            if (isVowelMark(c) == vowelMarks) {
                out.append(c);
            }
        }
    }

    private static boolean isVowelMark(char c) {
        return c == '\u0302' || c == '\u0306' || c == '\u031B';
    }
}
