package vn.kehoach.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.model.Finding;
import vn.kehoach.model.ModelJson;
import vn.kehoach.model.Triage;
import vn.kehoach.testing.Schemas;

/**
 * The narrative, date and structure rules over a consistent plan run through the whole pipeline: silent on
 * it, and each speaking up when one fact of the plan is changed against it.
 */
class PlanRulesTest {

    @TempDir
    Path dir;

    @Test
    void theConsistentPlanGivesNoFindingAtAll() throws Exception {
        assertEquals(List.of(), PlanText.findings(dir, PlanText.consistent()));
    }

    @Test
    void generatedConsistentPlansGiveNoFinding() throws Exception {
        for (long seed = 1; seed <= 12; seed++) {
            String plan = ConsistentPlans.markdown(seed);
            List<Finding> findings = PlanText.findings(dir, plan);
            long s = seed;
            assertEquals(List.of(), findings, () -> "seed " + s + ":\n" + plan);
        }
    }

    @Test
    void aGeneratedPlanWhoseSentenceMissesTheTableIsFound() throws Exception {
        String plan = ConsistentPlans.markdown(5);
        String changed = plan.replaceFirst("BHYT là ([0-9.]+) người chiếm", "BHYT là 1$1 người chiếm");
        assertEquals(List.of("KH-N001"), PlanText.findings(dir, changed).stream().map(Finding::ruleId).toList());
    }

    @Test
    void aTargetCountTheTableDoesNotPrintIsFound() throws Exception {
        List<Finding> findings = PlanText.findings(dir, PlanText.with("là 2.850 người", "là 2.900 người"));
        Finding f = only(findings, "KH-N001");
        assertEquals(0, new BigDecimal("2900").compareTo(f.evidence().expected()));
        assertEquals(0, new BigDecimal("2850").compareTo(f.evidence().actual()));
        assertEquals("t1", f.location().table());
        assertEquals(5, f.location().column());
        assertEquals("I > 2", f.location().section(), "placed where the sentence is");
        assertEquals(Triage.SOURCE_INCONSISTENCY, f.triage());
        assertSchema(f);
    }

    @Test
    void aBaselineCountTheTableDoesNotPrintIsFound() throws Exception {
        Finding f = only(PlanText.findings(dir, PlanText.with("là 2.550 người", "là 2.505 người")), "KH-N001");
        assertEquals(3, f.location().column());
        assertTrue(f.messageVi().contains("2.505"), f.messageVi());
    }

    @Test
    void aShareTheTablePrintsOtherwiseBesideTheSameCountIsFound() throws Exception {
        Finding f = only(PlanText.findings(dir, PlanText.with("chiếm tỷ lệ 85%", "chiếm tỷ lệ 80%")), "KH-N001");
        assertEquals(4, f.location().column());
        assertEquals(0, new BigDecimal("80").compareTo(f.evidence().expected()));
        assertEquals(0, new BigDecimal("85").compareTo(f.evidence().actual()));
    }

    @Test
    void aTableCountOneMisreadingAwayIsTriagedAsOcr() throws Exception {
        String table = PlanText.with("| Tổng cộng | 3.000 | 2.550 | 85 | 2.850 |", "| Tổng cộng | 3.000 | 2.550 | 85 | 2.650 |");
        List<Finding> narrative = PlanText.of(PlanText.findings(dir, table), "KH-N001");
        assertEquals(1, narrative.size());
        assertEquals(Triage.PROBABLE_OCR_ERROR, narrative.get(0).triage());
        assertEquals(0, new BigDecimal("2850").compareTo(narrative.get(0).suggestion().value()));
    }

    @Test
    void aTableHeaderDeadlineOtherThanTheSentencesIsFound() throws Exception {
        Finding f = only(PlanText.findings(dir, PlanText.with("đến tháng 11/2024 |", "đến tháng 10/2024 |")), "KH-N002");
        assertTrue(f.messageEn().endsWith("dates 2850 11/2024 but the header of column \"Chỉ tiêu số người tham gia BHYT đến "
            + "tháng 10/2024\" of table t1 says 10/2024."), f.messageEn());
        assertEquals("I > 2", f.location().section());
        assertSchema(f);
    }

    @Test
    void aTableHeaderAsOfDateOtherThanTheSentencesIsFound() throws Exception {
        Finding f = only(PlanText.findings(dir, PlanText.with("BHYT tính đến 31/12/2023 |", "BHYT tính đến 30/11/2023 |")),
            "KH-N002");
        assertEquals("2023-12-31", f.evidence().values().get(0).raw());
    }

    @Test
    void aHeaderDatedOnlyByYearAgreesWithAMonth() throws Exception {
        assertEquals(List.of(), PlanText.findings(dir, PlanText.with("đến tháng 11/2024 |", "năm 2024 |")));
    }

    @Test
    void dataAsOfADateAfterThePlanAreFound() throws Exception {
        List<Finding> findings = PlanText.findings(dir, PlanText.with("Tính đến ngày 31/12/2023", "Tính đến ngày 31/3/2024"));
        assertEquals(List.of("KH-D001", "KH-N002"), findings.stream().map(Finding::ruleId).toList(),
            "the sentence now also disagrees with the header's 31/12/2023");
        Finding f = findings.get(0);
        assertEquals("Page 1, line 26: figures as of 31/03/2024, after the plan's own date 15/03/2024.", f.messageEn());
        assertSchema(f);
    }

    @Test
    void aPeriodWrappedAfterTheProvinceIsNoAsOfDate() throws Exception {
        String text = PlanText.with("Kinh phí thực hiện từ ngân sách xã năm 2024.",
            "Kinh phí theo hướng dẫn của UBND tỉnh Thanh Hóa áp dụng từ ngày 01/01/2024\nđến ngày 31/12/2025 theo quy định.");
        assertEquals(List.of(), PlanText.findings(dir, text), "\"tỉnh\" is no dangling \"tính\": the next line is prose");
    }

    @Test
    void aTargetsTinhDenIsADeadlineNotADataDate() throws Exception {
        String text = PlanText.with("xã xây dựng kế hoạch đến tháng 11 năm 2024", "chỉ tiêu tính đến tháng 11 năm 2024");
        assertEquals(List.of(), PlanText.of(PlanText.findings(dir, text), "KH-D001"));
    }

    @Test
    void aCitedDocumentDatedAfterThePlanIsFound() throws Exception {
        Finding f = only(PlanText.findings(dir, PlanText.with("ngày 02/02/2024", "ngày 20/3/2024")), "KH-D002");
        assertTrue(f.messageEn().contains("31/QĐ-UBND of 20/03/2024"), f.messageEn());
    }

    @Test
    void aDocumentCitedInASectionAndDatedAfterThePlanIsFound() throws Exception {
        Finding f = only(PlanText.findings(dir, PlanText.with("Kinh phí thực hiện từ ngân sách xã năm 2024.",
            "Kinh phí thực hiện theo Kế hoạch số 12/KH-UBND ngày 20/3/2024 của Ủy ban nhân dân huyện.")), "KH-D002");
        assertEquals("Page 1, line 51: the cited document 12/KH-UBND of 20/03/2024 is dated after the plan itself (15/03/2024).",
            f.messageEn());
        assertTrue(f.messageVi().contains("văn bản được dẫn 12/KH-UBND"), f.messageVi());
        assertEquals("III", f.location().section());
        assertSchema(f);
    }

    @Test
    void aDocumentCitedInASectionBeforeThePlanHolds() throws Exception {
        assertEquals(List.of(), PlanText.findings(dir, PlanText.with("Kinh phí thực hiện từ ngân sách xã năm 2024.",
            "Kinh phí thực hiện theo Kế hoạch số 12/KH-UBND ngày 10/01/2024 của Ủy ban nhân dân huyện.")));
    }

    @Test
    void aDeadlineBeforeThePlanIsFoundButOneInThePlansMonthHolds() throws Exception {
        Finding f = only(PlanText.findings(dir, PlanText.with("trước tháng 6/2024", "trước tháng 6/2023")), "KH-D003");
        assertTrue(f.messageVi().contains("06/2023"), f.messageVi());
        assertEquals(List.of(), PlanText.of(PlanText.findings(dir, PlanText.with("trước tháng 6/2024", "trước tháng 3/2024")),
            "KH-D003"));
    }

    @Test
    void aDateNoCalendarHasIsFound() throws Exception {
        Finding f = only(PlanText.findings(dir, PlanText.with("từ ngân sách xã năm 2024", "từ ngân sách xã, cấp ngày 31/4/2024")),
            "KH-D004");
        assertEquals("Trang 1, dòng 51: ngày «31/4/2024» không tồn tại (tháng 4 không có ngày 31).", f.messageVi());
    }

    @Test
    void aDateWithItsDayLeftBlankIsFound() throws Exception {
        Finding f = only(PlanText.findings(dir, PlanText.with("từ ngân sách xã năm 2024", "từ ngân sách xã, cấp ngày ..... tháng 4 năm 2024")),
            "KH-D004");
        assertEquals("Page 1, line 51: the date \"ngày ..... tháng 4 năm 2024\" cannot be read: its day or month is missing.",
            f.messageEn());
    }

    @Test
    void aSkippedPartIsFound() throws Exception {
        Finding f = only(PlanText.findings(dir, PlanText.with("IV. TỔ CHỨC THỰC HIỆN", "V. TỔ CHỨC THỰC HIỆN")), "KH-S001");
        assertEquals("section IV is missing between \"III.\" and \"V.\".", f.messageEn().replaceFirst("^Page 1, line \\d+: ", ""));
        assertEquals("V", f.location().section());
    }

    @Test
    void aRepeatedSubsectionNumberIsFound() throws Exception {
        Finding f = only(PlanText.findings(dir, PlanText.with("2. Giải pháp", "1. Giải pháp")), "KH-S001");
        assertTrue(f.messageEn().endsWith("section number \"1.\" is used twice (first for \"Nhiệm vụ\")."), f.messageEn());
        assertEquals("II > 1", f.location().section());
    }

    @Test
    void aMissingRecipientListIsFound() throws Exception {
        String text = PlanText.with("Nơi nhận:\n- UBND huyện (b/c);\n- Trạm Y tế xã (t/h);\n- Lưu: VT.\n", "");
        Finding f = only(PlanText.findings(dir, text), "KH-S002");
        assertEquals("The document lacks a component Decree 30/2020/ND-CP makes mandatory: the recipients.", f.messageEn());
        assertSchema(f);
    }

    @Test
    void aSymbolOfAnotherTypeIsFound() throws Exception {
        Finding f = only(PlanText.findings(dir, PlanText.with("Số: 12/KH-UBND", "Số: 12/QĐ-UBND")), "KH-S003");
        assertTrue(f.messageEn().contains("type code QĐ (Quyết định) but the document's type is \"Kế hoạch\""), f.messageEn());
    }

    private static Finding only(List<Finding> findings, String ruleId) {
        assertEquals(List.of(ruleId), findings.stream().map(Finding::ruleId).toList(), () -> findings.toString());
        return findings.get(0);
    }

    private static void assertSchema(Finding f) {
        assertEquals(java.util.Set.of(), Schemas.findingViolations(ModelJson.mapper().valueToTree(f)));
    }
}
