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
 * Candidate spellings for a word read by English-model OCR. The token is folded back with the learned
 * rewrites of the {@link OcrChannel} (at most two: "ngudi" -> "nguoi", "1€" -> "le") and looked up in the
 * de-accented {@link CandidateIndex}; a deletion index adds keys one letter longer (a letter OCR
 * dropped) and the token's own one-letter deletions cover a letter OCR added. Never a vocabulary scan.
 */
final class OcrCandidates {

    /** The decoder's choices per position: word ids and their channel scores (log10). */
    record Candidates(int[] ids, float[] scores) {
    }

    private static final int MAX_REWRITES = 2;
    private static final int MAX_VARIANTS = 600;
    private static final int MAX_CANDIDATES = 8;
    private static final int CACHE_LIMIT = 200_000;
    /**
     * Spelling cost of keeping a token the model does not know: the unknown word's probability is shared
     * by the ~10^4 rare words folded into it, so one particular spelling gets about 1/10^4 of it.
     */
    private static final float UNKNOWN_SPELLING = -4f;

    private final SyllableLm lm;
    private final CandidateIndex index;
    private final OcrChannel channel;
    private final Map<String, List<String>> longerKeys = new HashMap<>();
    private final Map<String, Candidates> cache = new ConcurrentHashMap<>();

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
        return ranked(observed, keys);
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

    /** The best candidates by channel score plus unigram prior; the observed token always stays in. */
    private Candidates ranked(String observed, Set<String> keys) {
        int self = lm.id(LmWords.of(observed));
        List<Integer> ids = new ArrayList<>();
        for (String key : keys) {
            for (int id : index.candidates(key)) {
                if (id != self) {
                    ids.add(id);
                }
            }
        }
        Map<Integer, Double> channelScore = new HashMap<>();
        for (int id : ids) {
            channelScore.put(id, channel.score(lm.word(id), observed));
        }
        ids.sort((a, b) -> Double.compare(rank(b, channelScore.get(b)), rank(a, channelScore.get(a))));
        int n = Math.min(MAX_CANDIDATES, ids.size());
        int[] out = new int[n + 1];
        float[] scores = new float[n + 1];
        out[0] = self;
        scores[0] = (float) channel.score(observed, observed) + (self == SyllableLm.UNKNOWN ? UNKNOWN_SPELLING : 0);
        for (int k = 0; k < n; k++) {
            out[k + 1] = ids.get(k);
            scores[k + 1] = channelScore.get(ids.get(k)).floatValue();
        }
        return new Candidates(out, scores);
    }

    private double rank(int id, double channelScore) {
        return channelScore + lm.unigramLogProb(id);
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
