package vn.kehoach.testing;

import java.util.List;
import vn.kehoach.normalize.VietnameseText;
import vn.kehoach.normalize.WordTokens;

/** Share of a reference line's syllables an output line gets right: 1 - word edit distance / words (matchKey equality). */
public final class SyllableAccuracy {

    private long words;
    private long errors;

    public void add(String reference, String output) {
        List<String> ref = keys(reference);
        List<String> out = keys(output);
        words += ref.size();
        errors += distance(ref, out);
    }

    /** Syllables of the references added so far. */
    public long words() {
        return words;
    }

    public double value() {
        return words == 0 ? 1 : (double) (words - errors) / words;
    }

    private static List<String> keys(String line) {
        return WordTokens.of(line).stream().map(t -> VietnameseText.matchKey(t.text())).toList();
    }

    private static int distance(List<String> a, List<String> b) {
        int[] prev = new int[b.size() + 1];
        int[] cur = new int[b.size() + 1];
        for (int j = 0; j <= b.size(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.size(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.size(); j++) {
                cur[j] = Math.min(Math.min(prev[j], cur[j - 1]) + 1, prev[j - 1] + (a.get(i - 1).equals(b.get(j - 1)) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.size()];
    }
}
