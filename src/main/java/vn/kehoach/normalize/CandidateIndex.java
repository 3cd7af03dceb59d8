package vn.kehoach.normalize;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * De-accented key -> the attested spellings of the language model's vocabulary that are valid
 * Vietnamese syllables (or frequent abbreviations), most frequent first: "nguoi" -> người, ngưới...
 */
public final class CandidateIndex {

    /** Words that are no syllable still count when this frequent: abbreviations such as hđnd, qđ. */
    private static final int MIN_ABBREVIATION_COUNT = 50;
    /** Spellings rarer than this share of the key's most frequent one are not worth decoding. */
    private static final double MIN_SHARE = 1e-4;

    private final Map<String, int[]> byKey = new HashMap<>();

    public CandidateIndex(SyllableLm lm, int maxPerKey) {
        Map<String, List<Integer>> lists = new HashMap<>();
        for (int id = SyllableLm.LINE_END + 1; id < lm.size(); id++) {
            String word = lm.word(id);
            boolean letters = word.chars().allMatch(Character::isLetter);
            if (letters && (VietnameseSyllables.isValid(word) || lm.count(id) >= MIN_ABBREVIATION_COUNT)) {
                lists.computeIfAbsent(VietnameseText.removeAccents(word), k -> new ArrayList<>()).add(id);
            }
        }
        lists.forEach((key, ids) -> {
            ids.sort(Comparator.comparingInt(lm::count).reversed());
            int top = lm.count(ids.get(0));
            byKey.put(key, ids.stream().filter(id -> lm.count(id) >= top * MIN_SHARE)
                .limit(maxPerKey).mapToInt(Integer::intValue).toArray());
        });
    }

    /** The ids spelled with this de-accented lower-case key; empty if none. */
    public int[] candidates(String key) {
        int[] ids = byKey.get(key);
        return ids == null ? new int[0] : ids;
    }

    public Set<String> keys() {
        return Collections.unmodifiableSet(byKey.keySet());
    }

    public boolean containsKey(String key) {
        return byKey.containsKey(key);
    }
}
