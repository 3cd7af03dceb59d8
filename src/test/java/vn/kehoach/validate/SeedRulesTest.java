package vn.kehoach.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.kehoach.model.Finding;
import vn.kehoach.model.ModelJson;
import vn.kehoach.model.Triage;
import vn.kehoach.testing.Schemas;

/**
 * Every rule over the seeds run through the whole pipeline (full repair, extraction, tables): the findings
 * the acceptance of issue 5 names, and none for the checks that hold.
 */
class SeedRulesTest {

    private static List<Finding> seed000;
    private static List<Finding> seed003;
    private static List<Finding> seed003Docx;

    @BeforeAll
    static void run() throws Exception {
        seed000 = PlanText.run(Path.of("samples", "seed-000-ocr-dump.txt")).findings();
        seed003 = PlanText.run(Path.of("samples", "seed-003.md")).findings();
        seed003Docx = PlanText.run(Path.of("samples", "seed-003.docx")).findings();
    }

    @Test
    void seed000TargetColumnDoesNotSumToItsTotalButTheNewCardColumnDoes() {
        List<Finding> sums = PlanText.of(seed000, "KH-T001").stream().filter(f -> "t1".equals(f.location().table())).toList();
        assertEquals(List.of(6), sums.stream().map(f -> f.location().column()).toList(), "8105 ≠ 8099; the new cards sum to 422");
        assertEquals("I > 2 > 2.1 > 2.1.2", sums.get(0).location().section());
    }

    @Test
    void seed000NarrativeCardCountAndTargetDisagreeWithTheTable() {
        List<Finding> narrative = PlanText.of(seed000, "KH-N001").subList(0, 2);
        assertEquals(List.of("8148/8099", "7544/7489"), narrative.stream()
            .map(f -> f.evidence().expected().toPlainString() + "/" + f.evidence().actual().toPlainString()).toList());
        assertTrue(narrative.stream().allMatch(f -> "I > 2 > 2.1".equals(f.location().section())
            && f.triage() == Triage.SOURCE_INCONSISTENCY));
        assertTrue(narrative.get(0).messageEn().startsWith("The sentence on page 1, line 36 states 8148 người (95%) but table t1, "
            + "row \"tTh‘;“g cộng toàn\", column \"Chỉ tiêu phát"), narrative.get(0).messageEn());
    }

    @Test
    void seed000NarrativeDatesDisagreeWithTheDatedColumnHeaders() {
        List<Finding> dates = PlanText.of(seed000, "KH-N002");
        assertEquals(List.of("2023-11 / t1 #7", "2023-02-06 / t1 #4"), dates.stream()
            .map(f -> f.evidence().values().get(0).raw() + " / " + f.location().table() + " #" + (f.location().column() + 1)).toList(),
            "the target \"đến tháng 11 năm 2023\" under \"… tính đến tháng 10 năm 2023\"; the baseline of 06/02/2023 under 06/3/2023");
        assertTrue(dates.get(0).messageEn().endsWith("of table t1 says 10/2023."), dates.get(0).messageEn());
        assertTrue(dates.stream().allMatch(f -> "I > 2 > 2.1".equals(f.location().section())));
    }

    @Test
    void seed000PoorHouseholdSharesReadWithoutTheirCommaAreOcrErrors() {
        List<Finding> shares = PlanText.of(seed000, "KH-N001").subList(2, 4);
        assertEquals(List.of("0.31/31", "1.32/132"), shares.stream()
            .map(f -> f.evidence().expected().toPlainString() + "/" + f.evidence().actual().toPlainString()).toList(),
            "\"08 hộ = 0,31%\" and \"34 hộ = 1,32%\" against the total row's \"031\" and \"[132\"");
        assertTrue(shares.stream().allMatch(f -> f.triage() == Triage.PROBABLE_OCR_ERROR && "t2".equals(f.location().table())));
        assertEquals(List.of("0.31", "1.32"), shares.stream().map(f -> f.suggestion().value().toPlainString()).toList());
    }

    @Test
    void seed000Row841At95PercentHolds() {
        assertTrue(seed000.stream().noneMatch(f -> "t1".equals(f.location().table()) && Objects.equals(f.location().row(), 1)));
    }

    @Test
    void seed000DuplicatedSubsection22() {
        List<Finding> numbering = PlanText.of(seed000, "KH-S001");
        assertEquals(1, numbering.size(), () -> numbering.toString());
        assertEquals(126, numbering.get(0).location().lineFrom());
        assertTrue(numbering.get(0).messageEn().contains("\"2.2.\" is used twice"));
    }

    @Test
    void seed000TargetsAboveAllPoorHouseholds() {
        assertEquals(List.of(135, 137), PlanText.of(seed000, "KH-T004").stream().map(f -> f.location().lineFrom()).toList());
    }

    @Test
    void seed000CardsCountedAsOfADateAfterThePlan() {
        List<Finding> asOf = PlanText.of(seed000, "KH-D001");
        assertEquals(1, asOf.size(), () -> asOf.toString());
        assertEquals("Page 1, line 60: figures as of 06/03/2023, after the plan's own date 13/02/2023.", asOf.get(0).messageEn());
    }

    @Test
    void seed000DatesThatHoldGiveNoFinding() {
        assertEquals(List.of(), PlanText.of(seed000, "KH-D002"), "its bases are of 29/12/2022, 05/01/2023 and 01/02/2023");
        assertEquals(List.of(), PlanText.of(seed000, "KH-D003"), "deadlines in 2023");
        assertEquals(List.of(), PlanText.of(seed000, "KH-D004"));
        assertEquals(List.of(), PlanText.of(seed000, "KH-S003"), "25/KH-UBND is a Kế hoạch");
    }

    @Test
    void everyFindingMatchesItsSchema() {
        for (List<Finding> findings : List.of(seed000, seed003, seed003Docx)) {
            for (Finding f : findings) {
                assertEquals(Set.of(), Schemas.findingViolations(ModelJson.mapper().valueToTree(f)), f.messageEn());
            }
        }
    }

    @Test
    void seed003MissesPartIV() {
        for (List<Finding> findings : List.of(seed003, seed003Docx)) {
            List<Finding> numbering = PlanText.of(findings, "KH-S001");
            assertEquals(1, numbering.size(), () -> numbering.toString());
            assertTrue(numbering.get(0).messageEn().endsWith("section IV is missing between \"III.\" and \"V.\"."));
            assertEquals("V", numbering.get(0).location().section());
        }
    }

    @Test
    void seed003LacksItsNumberAndDate() {
        for (List<Finding> findings : List.of(seed003, seed003Docx)) {
            List<String> missing = PlanText.of(findings, "KH-S002").stream().map(f -> f.evidence().values().get(0).raw()).toList();
            assertTrue(missing.containsAll(List.of("number-and-symbol", "place-and-date", "issuer")), missing::toString);
            assertTrue(!missing.contains("signer") && !missing.contains("recipients"), missing::toString);
        }
    }

    @Test
    void seed003HasNoTableOrDateFinding() {
        assertEquals(List.of("KH-S001", "KH-S002"), seed003.stream().map(Finding::ruleId).distinct().toList());
        assertEquals(List.of("KH-S001", "KH-S002"), seed003Docx.stream().map(Finding::ruleId).distinct().toList());
    }
}
