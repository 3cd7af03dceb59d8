package vn.kehoach.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Aligns a clean line with its OCR reading: words by edit distance of their plain (de-accented) forms,
 * then the letters of each aligned word pair, so every source letter gets the OCR piece written for it.
 */
final class OcrAlignment {

    /** Word pairs further apart than this share of their length are a misreading of layout, not letters. */
    private static final double MAX_WORD_DISTANCE = 0.6;

    private OcrAlignment() {
    }

    /** Calls {@code sink(sourceWord, ocrWord)} for each aligned, similar word pair (both lower case). */
    static void words(String source, String ocr, BiConsumer<String, String> sink) {
        List<String> s = lowerWords(source);
        List<String> o = lowerWords(ocr);
        double[][] cost = new double[s.size() + 1][o.size() + 1];
        for (int i = 0; i <= s.size(); i++) {
            for (int j = 0; j <= o.size(); j++) {
                if (i == 0 || j == 0) {
                    cost[i][j] = i + j;
                    continue;
                }
                cost[i][j] = Math.min(Math.min(cost[i - 1][j], cost[i][j - 1]) + 1,
                    cost[i - 1][j - 1] + wordDistance(s.get(i - 1), o.get(j - 1)));
            }
        }
        List<String[]> pairs = new ArrayList<>();
        for (int i = s.size(), j = o.size(); i > 0 && j > 0; ) {
            double d = wordDistance(s.get(i - 1), o.get(j - 1));
            if (cost[i][j] == cost[i - 1][j - 1] + d) {
                if (d <= MAX_WORD_DISTANCE) {
                    pairs.add(0, new String[] {s.get(i - 1), o.get(j - 1)});
                }
                i--;
                j--;
            } else if (cost[i][j] == cost[i - 1][j] + 1) {
                i--;
            } else {
                j--;
            }
        }
        pairs.forEach(p -> sink.accept(p[0], p[1]));
    }

    /**
     * The OCR piece of each source letter (a letter the OCR dropped gets ""), preceded by the OCR
     * letters inserted before the first source letter under the source "" (the piece "" when there
     * were none: the channel must learn how rare leading noise is, not only what it looks like).
     */
    static List<String[]> letters(String source, String ocr) {
        int m = source.length();
        int n = ocr.length();
        double[][] cost = new double[m + 1][n + 1];
        for (int i = 0; i <= m; i++) {
            for (int j = 0; j <= n; j++) {
                cost[i][j] = i == 0 || j == 0 ? i + j : Math.min(Math.min(cost[i - 1][j], cost[i][j - 1]) + 1,
                    cost[i - 1][j - 1] + letterCost(source.charAt(i - 1), ocr.charAt(j - 1)));
            }
        }
        StringBuilder[] built = new StringBuilder[m + 1];
        for (int k = 0; k <= m; k++) {
            built[k] = new StringBuilder();
        }
        for (int i = m, j = n; i > 0 || j > 0; ) {
            if (i > 0 && j > 0 && cost[i][j] == cost[i - 1][j - 1] + letterCost(source.charAt(i - 1), ocr.charAt(j - 1))) {
                built[i].insert(0, ocr.charAt(j - 1));
                i--;
                j--;
            } else if (i > 0 && cost[i][j] == cost[i - 1][j] + 1) {
                i--;
            } else {
                built[i].insert(0, ocr.charAt(j - 1)); // an inserted OCR letter joins the source letter before it
                j--;
            }
        }
        List<String[]> out = new ArrayList<>();
        out.add(new String[] {"", built[0].toString()});
        for (int i = 1; i <= m; i++) {
            out.add(new String[] {source.substring(i - 1, i), built[i].toString()});
        }
        return out;
    }

    private static double letterCost(char s, char o) {
        if (s == o) {
            return 0;
        }
        return VietnameseText.removeAccents(String.valueOf(s)).equals(VietnameseText.removeAccents(String.valueOf(o))) ? 0.4 : 1;
    }

    private static double wordDistance(String a, String b) {
        String pa = VietnameseText.removeAccents(a);
        String pb = VietnameseText.removeAccents(b);
        return (double) LevenshteinDistance.getDefaultInstance().apply(pa, pb) / Math.max(pa.length(), pb.length());
    }

    private static List<String> lowerWords(String line) {
        return WordTokens.of(line).stream().map(t -> t.text().toLowerCase(Locale.ROOT)).toList();
    }
}
