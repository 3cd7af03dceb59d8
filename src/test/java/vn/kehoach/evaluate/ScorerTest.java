package vn.kehoach.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScorerTest {

    @Test
    void countsEachValueOnceAsAMultiset() {
        FieldScore score = Scorer.score(List.of("09-NQ/TU", "09-NQ/TU", "25/KH-UBND"), List.of("09-NQ/TU", "242/KH-SYT"),
            Matching.STRICT);
        assertEquals(new FieldScore(1, 1, 2), score);
        assertEquals(0.5, score.precision());
        assertEquals(1 / 3.0, score.recall(), 1e-12);
        assertEquals(0.4, score.f1(), 1e-12);
    }

    @Test
    void normalizedMatchingFoldsCaseSpacingPunctuationAndDiacritics() {
        List<String> gold = List.of("Nguyễn Bá Cẩn", "Sở Lao động – TB&XH", "UBND xã Xuân Chinh");
        List<String> found = List.of("Nguyễn Bá Cần", "Sở Lao động - TB&XH", "ubnd  xã Xuân Chính", "Lưu");
        assertEquals(new FieldScore(0, 4, 3), Scorer.score(gold, found, Matching.STRICT));
        assertEquals(new FieldScore(3, 1, 0), Scorer.score(gold, found, Matching.NORMALIZED));
    }

    @Test
    void normalizedMatchingSeesThroughUnicodeForms() {
        String decomposed = java.text.Normalizer.normalize("Kế hoạch", java.text.Normalizer.Form.NFD);
        assertEquals(new FieldScore(0, 1, 1), Scorer.score(List.of("Kế hoạch"), List.of(decomposed), Matching.STRICT));
        assertEquals(new FieldScore(1, 0, 0), Scorer.score(List.of("Kế hoạch"), List.of(decomposed), Matching.NORMALIZED));
    }

    @Test
    void nothingToFindAndNothingFoundIsPerfectButAnythingFoundIsAFalsePositive() {
        assertEquals(1.0, Scorer.score(List.of(), List.of(), Matching.STRICT).f1());
        FieldScore invented = Scorer.score(List.of(), List.of("Sở Y tế"), Matching.STRICT);
        assertEquals(new FieldScore(0, 1, 0), invented);
        assertEquals(0.0, invented.precision());
    }

    @Test
    void aFieldTheOutputLacksIsFoundEmpty() {
        Map<String, FieldScore> scores = Scorer.score(Map.of("signer.name", List.of("Nguyễn Bá Cẩn")), Map.of(), Matching.NORMALIZED);
        assertEquals(new FieldScore(0, 0, 1), scores.get("signer.name"));
    }

    @Test
    void totalsSumOverDocumentsAndMicroAveragesOverFields() {
        Evaluation evaluation = new Evaluation(List.of(
            Evaluation.score("a", false, Map.of("document.type", List.of("Kế hoạch"), "signer.name", List.of("A B")),
                Map.of("document.type", List.of("Kế hoạch"), "signer.name", List.of("A C"))),
            Evaluation.score("b", true, Map.of("document.type", List.of("Kế hoạch"), "signer.name", List.of()), Map.of())));
        assertEquals(new FieldScore(1, 0, 1), evaluation.totals(Matching.STRICT).get("document.type"));
        assertEquals(new FieldScore(0, 1, 1), evaluation.totals(Matching.STRICT).get("signer.name"));
        assertEquals(new FieldScore(1, 1, 2), evaluation.micro(Matching.STRICT));
        assertEquals((2 / 3.0 + 0) / 2, evaluation.macroF1(Matching.STRICT), 1e-12);
    }
}
