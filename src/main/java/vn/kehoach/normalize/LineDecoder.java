package vn.kehoach.normalize;

import java.util.Arrays;

/**
 * Second-order Viterbi over the candidate words of one line: picks the sequence maximising the trigram
 * language model score plus each candidate's channel score (log10 P(observed | candidate)). States far
 * below the best at their position are pruned (a beam), and the bigram back-off part of every
 * transition is computed once per word pair, so a transition costs one trigram lookup.
 */
final class LineDecoder {

    /** States this far (log10) below the best one at their position are not extended. */
    private static final float BEAM = 3f;
    private static final int[] LINE_START = {SyllableLm.LINE_START};

    private final SyllableLm lm;

    LineDecoder(SyllableLm lm) {
        this.lm = lm;
    }

    /**
     * Chooses one candidate per position.
     *
     * @param ids     per position, the candidate word ids
     * @param channel per position, the channel log10 score of each candidate
     * @return per position, the index of the chosen candidate
     */
    int[] decode(int[][] ids, float[][] channel) {
        int n = ids.length;
        if (n == 0) {
            return new int[0];
        }
        // state at position p: (candidate at p-1, candidate at p), flattened as a * width(p) + b
        float[][] score = new float[n][];
        int[][] back = new int[n][];
        score[0] = new float[ids[0].length];
        for (int b = 0; b < ids[0].length; b++) {
            score[0][b] = lm.logProb(SyllableLm.NONE, SyllableLm.LINE_START, ids[0][b]) + channel[0][b];
        }
        for (int p = 1; p < n; p++) {
            int[] before = p >= 2 ? ids[p - 2] : LINE_START;
            advance(before, ids[p - 1], ids[p], channel[p], score, back, p);
        }
        return backtrack(ids, score, back);
    }

    private void advance(int[] before, int[] prev, int[] cur, float[] channel, float[][] score, int[][] back, int p) {
        float[] lower = new float[prev.length * cur.length];
        for (int b = 0; b < prev.length; b++) {
            for (int c = 0; c < cur.length; c++) {
                lower[b * cur.length + c] = lm.logProb(prev[b], cur[c]);
            }
        }
        float[] from = score[p - 1];
        float floor = max(from) - BEAM;
        float[] to = new float[prev.length * cur.length];
        int[] backs = new int[to.length];
        Arrays.fill(to, Float.NEGATIVE_INFINITY);
        for (int a = 0; a < before.length; a++) {
            for (int b = 0; b < prev.length; b++) {
                float base = from[a * prev.length + b];
                if (base < floor) {
                    continue;
                }
                float bow = lm.contextBow(before[a], prev[b]);
                for (int c = 0; c < cur.length; c++) {
                    float tri = lm.storedTrigram(before[a], prev[b], cur[c]);
                    float s = base + (Float.isNaN(tri) ? bow + lower[b * cur.length + c] : tri) + channel[c];
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

    private static float max(float[] values) {
        float m = Float.NEGATIVE_INFINITY;
        for (float v : values) {
            m = Math.max(m, v);
        }
        return m;
    }

    private int[] backtrack(int[][] ids, float[][] score, int[][] back) {
        int n = ids.length;
        int[] before = n >= 2 ? ids[n - 2] : LINE_START;
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

    /** P(the chosen candidate at p | the chosen neighbours): how sure the decoder is of that one word. */
    double confidence(int[][] ids, float[][] channel, int[] chosen, int p) {
        double total = 0;
        double own = 0;
        for (int k = 0; k < ids[p].length; k++) {
            double s = Math.pow(10, channel[p][k] + windowScore(ids, chosen, p, ids[p][k]));
            total += s;
            own += k == chosen[p] ? s : 0;
        }
        return total == 0 ? 1 : own / total;
    }

    /** The log10 LM score of the trigrams that contain position p when it holds the word w. */
    private float windowScore(int[][] ids, int[] chosen, int p, int w) {
        float s = 0;
        for (int end = p; end <= p + 2; end++) {
            s += lm.logProb(wordAt(ids, chosen, end - 2, p, w), wordAt(ids, chosen, end - 1, p, w), wordAt(ids, chosen, end, p, w));
            if (end >= ids.length) {
                break;
            }
        }
        return s;
    }

    private static int wordAt(int[][] ids, int[] chosen, int i, int p, int w) {
        if (i < -1) {
            return SyllableLm.NONE;
        }
        if (i == -1) {
            return SyllableLm.LINE_START;
        }
        if (i == p) {
            return w;
        }
        return i < ids.length ? ids[i][chosen[i]] : SyllableLm.LINE_END;
    }
}
