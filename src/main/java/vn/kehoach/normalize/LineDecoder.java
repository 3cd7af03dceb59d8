package vn.kehoach.normalize;

import java.util.Arrays;

/**
 * Second-order Viterbi over the candidate words of one line: picks the sequence maximising the trigram
 * language model score plus each candidate's channel score (log10 P(observed | candidate)). States far
 * below the best at their position, or beyond the best few, are pruned (a beam), and the bigram
 * back-off part of every transition is computed once per word pair, so a transition costs one trigram lookup.
 */
final class LineDecoder {

    /** States this far (log10) below the best one at their position are not extended. */
    private static final float BEAM = 3f;
    /** At most this many states per position are extended. */
    private static final int MAX_STATES = 8;

    private final SyllableLm lm;

    LineDecoder(SyllableLm lm) {
        this.lm = lm;
    }

    /**
     * The chosen candidate index per position, how sure the decoder is of each (the share of the chosen
     * word among the position's candidates, each weighted by its best forward (Viterbi) score), and the
     * log10 score of the whole path, which compares decodings of one line read in different ways.
     */
    record Path(int[] chosen, double[] confidence, double score) {
    }

    /** Chooses one candidate per position of a line read on its own (after a line start). */
    Path decode(int[][] ids, float[][] channel) {
        return decode(ids, channel, SyllableLm.NONE, SyllableLm.LINE_START);
    }

    /**
     * Chooses one candidate per position.
     *
     * @param ids     per position, the candidate word ids
     * @param channel per position, the channel log10 score of each candidate
     * @param u       the word two before the line (NONE at a line start)
     * @param v       the word just before the line (LINE_START at a line start): a wrapped line goes on
     *                from the words of the line above
     */
    Path decode(int[][] ids, float[][] channel, int u, int v) {
        int n = ids.length;
        if (n == 0) {
            return new Path(new int[0], new double[0], 0);
        }
        // state at position p: (candidate at p-1, candidate at p), flattened as a * width(p) + b
        float[][] score = new float[n][];
        int[][] back = new int[n][];
        score[0] = new float[ids[0].length];
        for (int b = 0; b < ids[0].length; b++) {
            score[0][b] = lm.logProb(u, v, ids[0][b]) + channel[0][b];
        }
        int[] context = {v};
        for (int p = 1; p < n; p++) {
            int[] before = p >= 2 ? ids[p - 2] : context;
            advance(before, ids[p - 1], ids[p], channel[p], score, back, p);
        }
        float[] best = new float[1];
        int[] chosen = backtrack(ids, score, back, best, context);
        double[] confidence = new double[n];
        for (int p = 0; p < n; p++) {
            confidence[p] = ids[p].length == 1 ? 1 : confidence(score[p], ids[p].length, chosen[p]);
        }
        return new Path(chosen, confidence, best[0]);
    }

    private static double confidence(float[] states, int width, int chosen) {
        float[] best = new float[width];
        Arrays.fill(best, Float.NEGATIVE_INFINITY);
        for (int state = 0; state < states.length; state++) {
            best[state % width] = Math.max(best[state % width], states[state]);
        }
        double top = best[chosen];
        double total = 0;
        for (float b : best) {
            total += b == Float.NEGATIVE_INFINITY ? 0 : Math.pow(10, b - top);
        }
        return 1 / total;
    }

    private void advance(int[] before, int[] prev, int[] cur, float[] channel, float[][] score, int[][] back, int p) {
        float[] from = score[p - 1];
        float floor = floor(from);
        float[] to = new float[prev.length * cur.length];
        int[] backs = new int[to.length];
        Arrays.fill(to, Float.NEGATIVE_INFINITY);
        float[] lower = null;
        int lowerFor = -1;
        // states are visited b-major so each surviving b computes its bigram back-off row once
        for (int b = 0; b < prev.length; b++) {
            for (int a = 0; a < before.length; a++) {
                float base = from[a * prev.length + b];
                if (base < floor) {
                    continue;
                }
                if (lowerFor != b) {
                    lower = lowerRow(prev[b], cur, lower);
                    lowerFor = b;
                }
                float bow = lm.contextBow(before[a], prev[b]);
                boolean trigrams = !SyllableLm.noTrigramsUnder(bow);
                for (int c = 0; c < cur.length; c++) {
                    float tri = trigrams ? lm.storedTrigram(before[a], prev[b], cur[c]) : Float.NaN;
                    float s = base + (Float.isNaN(tri) ? bow + lower[c] : tri) + channel[c];
                    int state = b * cur.length + c;
                    if (s > to[state]) {
                        to[state] = s;
                        backs[state] = a;
                    }
                }
            }
        }
        score[p] = to;
        back[p] = backs;
    }

    private float[] lowerRow(int v, int[] cur, float[] reuse) {
        float[] row = reuse != null && reuse.length == cur.length ? reuse : new float[cur.length];
        for (int c = 0; c < cur.length; c++) {
            row[c] = lm.logProb(v, cur[c]);
        }
        return row;
    }

    /** States below this are not extended: BEAM under the best, and never more than MAX_STATES of them. */
    private static float floor(float[] scores) {
        float[] top = new float[MAX_STATES]; // the best scores, descending
        Arrays.fill(top, Float.NEGATIVE_INFINITY);
        for (float v : scores) {
            if (v > top[MAX_STATES - 1]) {
                int i = MAX_STATES - 1;
                for (; i > 0 && top[i - 1] < v; i--) {
                    top[i] = top[i - 1];
                }
                top[i] = v;
            }
        }
        return Math.max(top[0] - BEAM, top[MAX_STATES - 1]);
    }

    /** The best path, back from its last state; its total score lands in bestScore[0]. */
    private int[] backtrack(int[][] ids, float[][] score, int[][] back, float[] bestScore, int[] context) {
        int n = ids.length;
        int[] before = n >= 2 ? ids[n - 2] : context;
        int[] last = ids[n - 1];
        int bestState = 0;
        float best = Float.NEGATIVE_INFINITY;
        for (int a = 0; a < before.length; a++) {
            for (int b = 0; b < last.length; b++) {
                float s = score[n - 1][a * last.length + b];
                if (s > Float.NEGATIVE_INFINITY) {
                    s += lm.logProb(before[a], last[b], SyllableLm.LINE_END);
                }
                if (s > best) {
                    best = s;
                    bestState = a * last.length + b;
                }
            }
        }
        bestScore[0] = best;
        int[] chosen = new int[n];
        chosen[n - 1] = bestState % last.length;
        if (n >= 2) {
            chosen[n - 2] = bestState / last.length;
        }
        for (int p = n - 1; p >= 2; p--) {
            chosen[p - 2] = back[p][chosen[p - 1] * ids[p].length + chosen[p]];
        }
        return chosen;
    }

}
