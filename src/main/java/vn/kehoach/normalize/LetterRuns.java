package vn.kehoach.normalize;

import java.util.function.UnaryOperator;

/** Rewrites a text word by word, a word being a maximal run of letters. */
final class LetterRuns {

    private LetterRuns() {
    }

    /** The text with every word replaced by {@code f(word)}; the same string if no word changed. */
    static String map(String text, UnaryOperator<String> f) {
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && Character.isLetter(text.charAt(i))) {
                i++;
            }
            String word = text.substring(start, i);
            String mapped = f.apply(word);
            if (!mapped.equals(word)) {
                out = out == null ? new StringBuilder(text.length()) : out;
                out.append(text, copied, start).append(mapped);
                copied = i;
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }
}
