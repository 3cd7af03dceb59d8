package vn.kehoach.testing;

import org.apache.commons.text.similarity.LevenshteinDistance;

/** Measures of how far recognised text is from the expected text. */
public final class TextMetrics {

    private TextMetrics() {
    }

    /** Character error rate: edit distance over the expected length, whitespace runs counted as one space. */
    public static double characterErrorRate(String expected, String actual) {
        String e = expected.replaceAll("\\s+", " ").strip();
        String a = actual.replaceAll("\\s+", " ").strip();
        return e.isEmpty() ? 0 : (double) LevenshteinDistance.getDefaultInstance().apply(e, a) / e.length();
    }
}
