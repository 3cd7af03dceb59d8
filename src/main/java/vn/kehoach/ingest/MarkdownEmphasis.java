package vn.kehoach.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Strips Markdown strong emphasis ({@code **x**}, {@code __x__}) from the lines of one block, where a span
 * may run over several lines, and tells which lines were wholly bold. Delimiters follow CommonMark's
 * flanking rule in short: an opener is followed, a closer preceded, by a non-space; {@code __} only
 * counts at word edges, so the blanks of a form ("Số: ____/KH") stay as they are. Unpaired delimiters
 * stay in the text.
 */
final class MarkdownEmphasis {

    /** A line's text without emphasis markers, and whether all of its visible text was emphasised. */
    record StyledText(String text, boolean bold) {
    }

    private MarkdownEmphasis() {
    }

    static List<StyledText> strip(List<String> lines) {
        String joined = String.join("\n", lines);
        boolean[] removed = new boolean[joined.length()];
        boolean[] bold = new boolean[joined.length()];
        Deque<Integer> openStars = new ArrayDeque<>();
        Deque<Integer> openUnderscores = new ArrayDeque<>();
        int i = 0;
        while (i < joined.length()) {
            char c = joined.charAt(i);
            int run = runLength(joined, i);
            if ((c == '*' || c == '_') && run == 2) {
                Deque<Integer> open = c == '*' ? openStars : openUnderscores;
                if (canClose(joined, i, c) && !open.isEmpty()) {
                    int start = open.pop();
                    removed[start] = removed[start + 1] = removed[i] = removed[i + 1] = true;
                    for (int k = start + 2; k < i; k++) {
                        bold[k] = true;
                    }
                } else if (canOpen(joined, i, c)) {
                    open.push(i);
                }
            }
            i += Math.max(run, 1);
        }
        return split(joined, removed, bold);
    }

    private static List<StyledText> split(String joined, boolean[] removed, boolean[] bold) {
        List<StyledText> result = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int boldLetters = 0;
        int plainLetters = 0;
        for (int i = 0; i <= joined.length(); i++) {
            if (i == joined.length() || joined.charAt(i) == '\n') {
                result.add(new StyledText(text.toString().strip(), boldLetters > 0 && plainLetters == 0));
                text.setLength(0);
                boldLetters = 0;
                plainLetters = 0;
            } else if (!removed[i]) {
                char c = joined.charAt(i);
                text.append(c);
                if (!Character.isWhitespace(c)) {
                    boldLetters += bold[i] ? 1 : 0;
                    plainLetters += bold[i] ? 0 : 1;
                }
            }
        }
        return result;
    }

    /** How many times the character at {@code at} repeats from there (1 for a lone character). */
    private static int runLength(String s, int at) {
        int end = at;
        while (end < s.length() && s.charAt(end) == s.charAt(at)) {
            end++;
        }
        return end - at;
    }

    private static boolean canOpen(String s, int at, char delimiter) {
        boolean followedByText = at + 2 < s.length() && !Character.isWhitespace(s.charAt(at + 2));
        return followedByText && (delimiter == '*' || at == 0 || !Character.isLetterOrDigit(s.charAt(at - 1)));
    }

    private static boolean canClose(String s, int at, char delimiter) {
        boolean precededByText = at > 0 && !Character.isWhitespace(s.charAt(at - 1));
        return precededByText
            && (delimiter == '*' || at + 2 >= s.length() || !Character.isLetterOrDigit(s.charAt(at + 2)));
    }
}
