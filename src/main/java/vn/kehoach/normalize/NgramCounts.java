package vn.kehoach.normalize;

import java.util.Arrays;

/** Distinct n-gram keys in ascending order with how often each occurred. */
public record NgramCounts(long[] keys, int[] counts) {

    /** Counts the keys of the array (which is sorted in place). */
    public static NgramCounts of(long[] keys, int length) {
        Arrays.sort(keys, 0, length);
        int distinct = 0;
        for (int i = 0; i < length; i++) {
            if (i == 0 || keys[i] != keys[i - 1]) {
                distinct++;
            }
        }
        long[] unique = new long[distinct];
        int[] counts = new int[distinct];
        int d = -1;
        for (int i = 0; i < length; i++) {
            if (i == 0 || keys[i] != keys[i - 1]) {
                unique[++d] = keys[i];
            }
            counts[d]++;
        }
        return new NgramCounts(unique, counts);
    }

    public int size() {
        return keys.length;
    }

    /** The count of the key, 0 if absent. */
    public int countOf(long key) {
        int i = Arrays.binarySearch(keys, key);
        return i >= 0 ? counts[i] : 0;
    }

    /**
     * Modified Kneser-Ney discounts D1, D2, D3+ (index 1..3) from the counts-of-counts (Chen and Goodman).
     */
    public static double[] discounts(int[] counts) {
        long[] n = new long[5];
        for (int c : counts) {
            if (c <= 4) {
                n[c]++;
            }
        }
        double y = n[1] / (double) Math.max(1, n[1] + 2 * n[2]);
        double[] d = new double[4];
        d[1] = clamp(1 - 2 * y * n[2] / Math.max(1, n[1]), 1);
        d[2] = clamp(2 - 3 * y * n[3] / Math.max(1, n[2]), 2);
        d[3] = clamp(3 - 4 * y * n[4] / Math.max(1, n[3]), 3);
        return d;
    }

    private static double clamp(double d, double max) {
        return Math.max(0.1, Math.min(max, d));
    }

    public static double discount(double[] d, int count) {
        return d[Math.min(count, 3)];
    }
}
