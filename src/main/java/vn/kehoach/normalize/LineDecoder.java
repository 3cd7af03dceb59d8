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
     * The chosen candidate index per position, the forward (Viterbi) scores of every state, and the log10
     * score of the whole path, which compares decodings of one line read in different ways.
     */
    record Path(int[] chosen, float[][] states, double score) {

        /**
         * How sure the decoder is of position p: the share of the chosen word among the position's
         * candidates, each weighted by its best forward score. Asked only for the words that changed.
         */
        double confidence(int p, int width) {
            if (width == 1) {
                return 1;
            }
            float[] best = new float[width];
            Arrays.fill(best, Float.NEGATIVE_INFINITY);
            for (int state = 0; state < states[p].length; state++) {
                best[state % width] = Math.max(best[state % width], states[p][state]);
            }
            double top = best[chosen[p]];
            double total = 0;
            for (float b : best) {
                total += b == Float.NEGATIVE_INFINITY ? 0 : Math.pow(10, b - top);
            }
            return 1 / total;
        }
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
            return new Path(new int[0], new float[0][], 0);
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
        return new Path(chosen, score, best[0]);
    }

    private void advance(int[] before, int[] prev, int[] cur, float[] channel, float[][] score, int[][] back, int p) {
        float[] from = score[p - 1];
        float floor = floor(from);
        float[] to = new float[prev.length * cur.length];
        int[] backs = new int[to.length];
        Arrays.fill(to, Float.NEGATIVE_INFINITY);
        float[] lower = new float[cur.length];
        boolean[] seen = new boolean[cur.length];
        int lowerFor = -1;
        // states are visited b-major so each surviving b computes its bigram back-off row once
        for (int b = 0; b < prev.length; b++) {
            for (int a = 0; a < before.length; a++) {
                float base = from[a * prev.length + b];
                if (base < floor) {
                    continue;
                }
                if (lowerFor != b) {
                    lowerRow(prev[b], cur, lower, seen);
                    lowerFor = b;
                }
                float bow = lm.contextBow(before[a], prev[b]);
                boolean trigrams = !SyllableLm.noTrigramsUnder(bow);
                for (int c = 0; c < cur.length; c++) {
                    // a trigram is only stored where its bigram is: unseen pairs skip the lookup
                    float tri = trigrams && seen[c] ? lm.storedTrigram(before[a], prev[b], cur[c]) : Float.NaN;
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

    /** The bigram row of v over the candidates into row, and which of those bigrams are stored. */
    private void lowerRow(int v, int[] cur, float[] row, boolean[] seen) {
        for (int c = 0; c < cur.length; c++) {
            float stored = lm.storedBigram(v, cur[c]);
            seen[c] = !Float.isNaN(stored);
            row[c] = seen[c] ? stored : lm.backedOff(v, cur[c]);
        }
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
