package vn.kehoach.normalize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Candidate spellings for a word read by OCR (English or Vietnamese model, by its {@link OcrChannel}).
 * The token is folded back with the learned rewrites of the channel (at most two: "ngudi" -> "nguoi",
 * "1€" -> "le") and looked up in the de-accented {@link CandidateIndex}; a deletion index adds keys one
 * letter longer (a letter OCR dropped), the token's own one-letter deletions cover a letter OCR added,
 * and one vowel read as another ("nim" -> "nam") covers the confusions the rendered pages never showed.
 * Never a vocabulary scan.
 */
final class OcrCandidates {

    /** The decoder's choices per position: word ids and their channel scores (log10). */
    record Candidates(int[] ids, float[] scores) {
    }

    private static final int MAX_REWRITES = 2;
    private static final int MAX_VARIANTS = 600;
    private static final int MAX_CANDIDATES = 8;
    private static final int MAX_VOWEL_SWAPS = 4;
    private static final int CACHE_LIMIT = 200_000;
    /**
     * Spelling cost of keeping a token the model does not know: the unknown word's probability is shared
     * by the ~10^4 rare words folded into it, so one particular spelling gets about 1/10^4 of it.
     */
    private static final float UNKNOWN_SPELLING = -4f;
    /** log10 cost of a space OCR lost between two words (it keeps most spaces). */
    private static final float MISSING_SPACE = 2f;
    /** A cut is worth decoding when its halves score at most this far (log10) below the whole token. */
    private static final float SPLIT_REACH = 2f;

    private final SyllableLm lm;
    private final CandidateIndex index;
    private final OcrChannel channel;
    private final Map<String, List<String>> longerKeys = new HashMap<>();
    private final Map<String, Candidates> cache = new ConcurrentHashMap<>();
    private final Map<String, Integer> splits = new ConcurrentHashMap<>();

    OcrCandidates(SyllableLm lm, CandidateIndex index, OcrChannel channel) {
        this.lm = lm;
        this.index = index;
        this.channel = channel;
        for (String key : index.keys()) {
            for (String shorter : deletions(key)) {
                longerKeys.computeIfAbsent(shorter, k -> new ArrayList<>()).add(key);
            }
        }
    }

    OcrChannel channel() {
        return channel;
    }

    /** The candidates for an OCR token in lower case; the token itself is always one of them. */
    Candidates of(String observed) {
        Candidates known = cache.get(observed);
        if (known != null) {
            return known;
        }
        Candidates found = generate(observed);
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(observed, found);
        return found;
    }

    /**
     * Where OCR may have run two words together ("tramy" = "tram" + "y"): the cut after which the halves
     * read best as two words (channel, first word's prior, bigram), when that comes within reach of the
     * whole token read as one; 0 for a token to keep whole. Only tokens that are neither a known word nor
     * a Vietnamese syllable are cut; the decoder then reads the line both ways and keeps the better.
     */
    int splitPoint(String observed) {
        Integer known = splits.get(observed);
        if (known != null) {
            return known;
        }
        int cut = 0;
        Candidates whole = of(observed);
        if (whole.ids()[0] == SyllableLm.UNKNOWN && !VietnameseSyllables.isValid(observed)) {
            float best = Float.NEGATIVE_INFINITY;
            for (int k = 0; k < whole.ids().length; k++) {
                best = Math.max(best, whole.scores()[k] + lm.unigramLogProb(whole.ids()[k]));
            }
            best -= SPLIT_REACH;
            for (int i = 1; i < observed.length(); i++) {
                if (!hasLetter(observed.substring(0, i)) || !hasLetter(observed.substring(i))) {
                    continue; // "chính1": a footnote number the source wrote against its word
                }
                float halves = bestPair(of(observed.substring(0, i)), of(observed.substring(i))) - MISSING_SPACE;
                if (halves > best) {
                    best = halves;
                    cut = i;
                }
            }
        }
        if (splits.size() >= CACHE_LIMIT) {
            splits.clear();
        }
        splits.put(observed, cut);
        return cut;
    }

    private static boolean hasLetter(String s) {
        return s.codePoints().anyMatch(Character::isLetter);
    }

    /** The channel scores of a cut token's second half, charged for the space OCR lost before it. */
    static float[] withMissingSpace(float[] scores) {
        float[] out = scores.clone();
        for (int k = 0; k < out.length; k++) {
            out[k] -= MISSING_SPACE;
        }
        return out;
    }

    /** The best score of two known words read in a row: channel scores, the first's prior, the bigram. */
    private float bestPair(Candidates left, Candidates right) {
        float best = Float.NEGATIVE_INFINITY;
        for (int a = 0; a < left.ids().length; a++) {
            if (left.ids()[a] == SyllableLm.UNKNOWN) {
                continue;
            }
            float first = left.scores()[a] + lm.unigramLogProb(left.ids()[a]);
            for (int b = 0; b < right.ids().length; b++) {
                if (right.ids()[b] != SyllableLm.UNKNOWN) {
                    best = Math.max(best, first + right.scores()[b] + lm.logProb(left.ids()[a], right.ids()[b]));
                }
            }
        }
        return best;
    }

    private Candidates generate(String observed) {
        Set<String> keys = new LinkedHashSet<>();
        String plain = VietnameseText.removeAccents(observed);
        List<String> level = List.of(plain);
        Set<String> seen = new HashSet<>(level);
        for (int depth = 0; depth <= MAX_REWRITES; depth++) {
            List<String> next = new ArrayList<>();
            for (String variant : level) {
                if (index.containsKey(variant)) {
                    keys.add(variant);
                }
                if (depth <= 1) {
                    keys.addAll(longerKeys.getOrDefault(variant, List.of()));
                }
                if (depth < MAX_REWRITES && seen.size() < MAX_VARIANTS) {
                    rewrite(variant, seen, next);
                }
            }
            level = next;
        }
        for (String shorter : deletions(plain)) {
            if (index.containsKey(shorter)) {
                keys.add(shorter);
            }
        }
        Set<String> swapKeys = new LinkedHashSet<>();
        for (String swapped : vowelSwaps(plain)) {
            if (index.containsKey(swapped) && !keys.contains(swapped)) {
                swapKeys.add(swapped);
            }
        }
        return ranked(observed, keys, swapKeys);
    }

    private void rewrite(String variant, Set<String> seen, List<String> next) {
        for (int i = 0; i < variant.length(); i++) {
            for (int len = 1; len <= OcrChannel.MAX_PIECE && i + len <= variant.length(); len++) {
                for (String replacement : channel.rewrites(variant.substring(i, i + len))) {
                    String v = variant.substring(0, i) + replacement + variant.substring(i + len);
                    if (!v.isEmpty() && seen.add(v)) {
                        next.add(v);
                    }
                }
            }
        }
    }

    /**
     * The best candidates by channel score plus unigram prior: up to MAX_CANDIDATES from the learned
     * rewrites, then up to MAX_VOWEL_SWAPS more from vowel swaps (ranked apart), which must not crowd out what was
     * learned ("vy" -> vụ, not only vì và về). The observed token always stays in.
     */
    private Candidates ranked(String observed, Set<String> keys, Set<String> swapKeys) {
        int self = lm.id(LmWords.of(observed));
        Map<Integer, Double> channelScore = new HashMap<>();
        List<Integer> ids = best(observed, keys, self, channelScore, MAX_CANDIDATES);
        ids.addAll(best(observed, swapKeys, self, channelScore, MAX_VOWEL_SWAPS));
        int[] out = new int[ids.size() + 1];
        float[] scores = new float[ids.size() + 1];
        out[0] = self;
        scores[0] = (float) channel.score(observed, observed) + (self == SyllableLm.UNKNOWN ? UNKNOWN_SPELLING : 0);
        for (int k = 0; k < ids.size(); k++) {
            out[k + 1] = ids.get(k);
            scores[k + 1] = channelScore.get(ids.get(k)).floatValue();
        }
        return new Candidates(out, scores);
    }

    private List<Integer> best(String observed, Set<String> keys, int self, Map<Integer, Double> channelScore, int limit) {
        List<Integer> ids = new ArrayList<>();
        for (String key : keys) {
            for (int id : index.candidates(key)) {
                if (id != self && channelScore.putIfAbsent(id, channel.score(lm.word(id), observed)) == null) {
                    ids.add(id);
                }
            }
        }
        ids.sort((a, b) -> Double.compare(rank(b, channelScore.get(b)), rank(a, channelScore.get(a))));
        return new ArrayList<>(ids.subList(0, Math.min(limit, ids.size())));
    }

    private double rank(int id, double channelScore) {
        return channelScore + lm.unigramLogProb(id);
    }

    /** The token with one vowel read as another ("nim" -> "nam"), a confusion the channel scores even unseen. */
    private static List<String> vowelSwaps(String key) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < key.length(); i++) {
            if (OcrChannel.VOWELS.indexOf(key.charAt(i)) >= 0) {
                for (char v : OcrChannel.VOWELS.toCharArray()) {
                    if (v != key.charAt(i)) {
                        out.add(key.substring(0, i) + v + key.substring(i + 1));
                    }
                }
            }
        }
        return out;
    }

    private static List<String> deletions(String key) {
        List<String> out = new ArrayList<>(key.length());
        for (int i = 0; i < key.length(); i++) {
            String d = key.substring(0, i) + key.substring(i + 1);
            if (!d.isEmpty()) {
                out.add(d);
            }
        }
        return out;
    }
}
