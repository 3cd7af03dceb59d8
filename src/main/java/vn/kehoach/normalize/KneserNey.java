package vn.kehoach.normalize;

import java.util.Arrays;

/**
 * Interpolated modified Kneser-Ney smoothing of syllable bigram and trigram counts, written out in
 * back-off form. Lower orders use continuation counts (how many distinct words precede an n-gram),
 * except n-grams starting at the line start, which keep their raw counts (nothing can precede them).
 */
final class KneserNey {

    private static final long ID_MASK = (1L << NgramTable.ID_BITS) - 1;

    private final SyllableLmTrainer.Vocabulary vocabulary;
    private final NgramCounts bigrams;
    private final NgramCounts trigrams;
    private final int minTrigramCount;
    private final int size;

    KneserNey(SyllableLmTrainer.Vocabulary vocabulary, NgramCounts bigrams, NgramCounts trigrams, int minTrigramCount) {
        this.vocabulary = vocabulary;
        this.bigrams = bigrams;
        this.trigrams = trigrams;
        this.minTrigramCount = minTrigramCount;
        this.size = vocabulary.words().length;
    }

    SyllableLm model() {
        int[] bigramAdjusted = adjustedBigramCounts();
        double[] uniProb = unigramProbabilities(bigramAdjusted);
        double[] uniBow = new double[size];
        double[] biProb = bigramProbabilities(bigramAdjusted, uniProb, uniBow);
        double[] biBow = new double[bigrams.size()];
        boolean[] hasTrigrams = new boolean[bigrams.size()];
        TrigramTable tri = trigramProbabilities(uniProb, uniBow, biProb, biBow, hasTrigrams);

        float[] uniProbLog = new float[size];
        float[] uniBowLog = new float[size];
        for (int w = 0; w < size; w++) {
            uniProbLog[w] = w == SyllableLm.LINE_START ? -99f : (float) Math.log10(uniProb[w]);
            uniBowLog[w] = (float) Math.log10(uniBow[w]);
        }
        SyllableLm.Order bigramOrder = quantised(bigrams.keys(), log10(biProb), log10(biBow), hasTrigrams);
        SyllableLm.Order trigramOrder = quantised(tri.keys(), log10(tri.prob()));
        return new SyllableLm(vocabulary.words(), vocabulary.counts(), uniProbLog, uniBowLog, bigramOrder, trigramOrder);
    }

    /** Per bigram type: raw count after the line start, else the number of distinct words before it. */
    private int[] adjustedBigramCounts() {
        long[] suffixes = new long[trigrams.size()];
        for (int i = 0; i < suffixes.length; i++) {
            suffixes[i] = trigrams.keys()[i] & ((1L << (2 * NgramTable.ID_BITS)) - 1);
        }
        NgramCounts continuation = NgramCounts.of(suffixes, suffixes.length);
        int[] adjusted = new int[bigrams.size()];
        for (int i = 0; i < adjusted.length; i++) {
            long key = bigrams.keys()[i];
            adjusted[i] = (key >>> NgramTable.ID_BITS) == SyllableLm.LINE_START
                ? bigrams.counts()[i] : Math.max(1, continuation.countOf(key));
        }
        return adjusted;
    }

    private double[] unigramProbabilities(int[] bigramAdjusted) {
        int[] continuation = new int[size];
        for (long key : bigrams.keys()) {
            continuation[(int) (key & ID_MASK)]++;
        }
        double[] d = NgramCounts.discounts(continuation);
        double total = 0;
        double discounted = 0;
        for (int c : continuation) {
            total += c;
            discounted += c > 0 ? NgramCounts.discount(d, c) : 0;
        }
        double[] p = new double[size];
        for (int w = 0; w < size; w++) {
            double own = continuation[w] > 0 ? (continuation[w] - NgramCounts.discount(d, continuation[w])) / total : 0;
            p[w] = own + discounted / total / (size - 1);
        }
        return p;
    }

    /** p(w|v) of every bigram type; fills the unigram back-off weights (all bigrams are kept, so bow = gamma). */
    private double[] bigramProbabilities(int[] adjusted, double[] uniProb, double[] uniBow) {
        double[] d = NgramCounts.discounts(adjusted);
        Arrays.fill(uniBow, 1.0);
        double[] p = new double[adjusted.length];
        long[] keys = bigrams.keys();
        for (int start = 0, end; start < keys.length; start = end) {
            int v = (int) (keys[start] >>> NgramTable.ID_BITS);
            double total = 0;
            double discounted = 0;
            for (end = start; end < keys.length && (keys[end] >>> NgramTable.ID_BITS) == v; end++) {
                total += adjusted[end];
                discounted += NgramCounts.discount(d, adjusted[end]);
            }
            double gamma = discounted / total;
            uniBow[v] = gamma;
            for (int i = start; i < end; i++) {
                int w = (int) (keys[i] & ID_MASK);
                p[i] = (adjusted[i] - NgramCounts.discount(d, adjusted[i])) / total + gamma * uniProb[w];
            }
        }
        return p;
    }

    private record TrigramTable(long[] keys, double[] prob) {
    }

    /** The kept trigrams' p(w|uv); fills the bigram back-off weights so each context still sums to one. */
    private TrigramTable trigramProbabilities(double[] uniProb, double[] uniBow, double[] biProb, double[] biBow,
                                              boolean[] hasTrigrams) {
        double[] d = NgramCounts.discounts(trigrams.counts());
        Arrays.fill(biBow, 1.0);
        long[] keys = trigrams.keys();
        int[] counts = trigrams.counts();
        long[] keptKeys = new long[keys.length];
        double[] keptProb = new double[keys.length];
        int kept = 0;
        for (int start = 0, end; start < keys.length; start = end) {
            long context = keys[start] >>> NgramTable.ID_BITS;
            double total = 0;
            double discounted = 0;
            for (end = start; end < keys.length && (keys[end] >>> NgramTable.ID_BITS) == context; end++) {
                total += counts[end];
                discounted += NgramCounts.discount(d, counts[end]);
            }
            double gamma = discounted / total;
            int v = (int) (context & ID_MASK);
            double keptMass = 0;
            double keptLower = 0;
            for (int i = start; i < end; i++) {
                if (counts[i] >= minTrigramCount) {
                    int w = (int) (keys[i] & ID_MASK);
                    double lower = bigramProb(v, w, uniProb, uniBow, biProb);
                    double p = (counts[i] - NgramCounts.discount(d, counts[i])) / total + gamma * lower;
                    keptKeys[kept] = keys[i];
                    keptProb[kept++] = p;
                    keptMass += p;
                    keptLower += lower;
                }
            }
            if (keptMass > 0) {
                int row = Arrays.binarySearch(bigrams.keys(), context);
                biBow[row] = (1 - keptMass) / (1 - keptLower);
                hasTrigrams[row] = true;
            }
        }
        return new TrigramTable(Arrays.copyOf(keptKeys, kept), Arrays.copyOf(keptProb, kept));
    }

    private double bigramProb(int v, int w, double[] uniProb, double[] uniBow, double[] biProb) {
        int row = Arrays.binarySearch(bigrams.keys(), NgramTable.key(v, w));
        return row >= 0 ? biProb[row] : uniBow[v] * uniProb[w];
    }

    private static float[] log10(double[] values) {
        float[] logs = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            logs[i] = (float) Math.log10(values[i]);
        }
        return logs;
    }

    private static SyllableLm.Order quantised(long[] keys, float[] prob) {
        ByteQuantizer probBook = ByteQuantizer.fit(prob);
        return new SyllableLm.Order(keys, encode(probBook, prob), probBook, null, null);
    }

    /**
     * Quantises bigram probabilities and back-off weights. The weight of a context without stored
     * trigrams (exactly 1, log 0) gets the exact code 0f, which no other context uses: so a decoder that
     * reads 0f knows it need not look for trigrams under that context.
     */
    private static SyllableLm.Order quantised(long[] keys, float[] prob, float[] bow, boolean[] hasTrigrams) {
        ByteQuantizer probBook = ByteQuantizer.fit(prob);
        int withTrigrams = 0;
        float[] adjustable = new float[bow.length];
        for (int i = 0; i < bow.length; i++) {
            if (hasTrigrams[i]) {
                adjustable[withTrigrams++] = bow[i];
            }
        }
        float[] book = ByteQuantizer.fit(Arrays.copyOf(adjustable, withTrigrams)).codebook();
        int nearestZero = 0;
        for (int i = 1; i < book.length; i++) {
            nearestZero = Math.abs(book[i]) < Math.abs(book[nearestZero]) ? i : nearestZero;
        }
        book[nearestZero] = 0f;
        Arrays.sort(book);
        ByteQuantizer bowBook = new ByteQuantizer(book);
        int zero = bowBook.encode(0f) & 0xff;
        byte[] bowCodes = new byte[bow.length];
        for (int i = 0; i < bow.length; i++) {
            int code = hasTrigrams[i] ? bowBook.encode(bow[i]) & 0xff : zero;
            if (hasTrigrams[i] && code == zero) {
                code = zero == 0 || (bow[i] > 0 && zero < 255) ? zero + 1 : zero - 1;
            }
            bowCodes[i] = (byte) code;
        }
        return new SyllableLm.Order(keys, encode(probBook, prob), probBook, bowCodes, bowBook);
    }

    private static byte[] encode(ByteQuantizer book, float[] values) {
        byte[] codes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            codes[i] = book.encode(values[i]);
        }
        return codes;
    }
}
