package vn.kehoach.evaluate;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Scores found fields against gold fields: each field a multiset, a found value matching at most one gold value. */
public final class Scorer {

    private Scorer() {
    }

    public static FieldScore score(List<String> gold, List<String> found, Matching matching) {
        Map<String, Integer> unmatched = new HashMap<>();
        gold.forEach(g -> unmatched.merge(matching.key(g), 1, Integer::sum));
        int truePositives = 0;
        for (String f : found) {
            String key = matching.key(f);
            if (unmatched.getOrDefault(key, 0) > 0) {
                unmatched.merge(key, -1, Integer::sum);
                truePositives++;
            }
        }
        return new FieldScore(truePositives, found.size() - truePositives, gold.size() - truePositives);
    }

    /** Every field the gold names; a field the output lacks counts as found empty. */
    public static Map<String, FieldScore> score(Map<String, List<String>> gold, Map<String, List<String>> found, Matching matching) {
        Map<String, FieldScore> scores = new LinkedHashMap<>();
        gold.forEach((field, values) -> scores.put(field, score(values, found.getOrDefault(field, List.of()), matching)));
        return scores;
    }
}
