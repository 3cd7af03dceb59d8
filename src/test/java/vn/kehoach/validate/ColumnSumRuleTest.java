package vn.kehoach.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.kehoach.model.Finding;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.Triage;

class ColumnSumRuleTest {

    private static final ColumnSumRule RULE = new ColumnSumRule();

    private static TableFixture households(String secondCount, String total) {
        return TableFixture.headers("STT", "Đơn vị", "Số hộ", "Kinh phí", "Tỷ lệ %")
            .row("1", "Khu phố 1", "1.112", "12,5", "87,97")
            .row("2", "Khu phố 2", secondCount, "7,25", "90,1")
            .row("3", "Khu phố 3", "-", "0,3", "100")
            .row("", "Tổng cộng", total, "20,1", "89,2");
    }

    @Test
    void consistentTotalsWithVietnameseFormatsGiveNoFinding() {
        // 12,5 + 7,25 + 0,3 = 20,05, printed 20,1: within half a unit of each printed last digit.
        assertEquals(List.of(), RULE.check(households("738", "1.850").document("t1")));
    }

    @Test
    void aColumnThatDoesNotAddUpIsAnError() {
        List<Finding> findings = RULE.check(households("738", "1.870").document("t1"));
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals("KH-T001", f.ruleId());
        assertEquals("t1", f.location().table());
        assertEquals(3, f.location().row());
        assertEquals(2, f.location().column());
        assertEquals(10, f.location().lineFrom());
        assertEquals(13, f.location().lineTo());
        assertEquals(0, new BigDecimal("1850").compareTo(f.evidence().expected()));
        assertEquals(0, new BigDecimal("1870").compareTo(f.evidence().actual()));
        assertEquals("Bảng t1, cột «Số hộ»: các dòng cộng lại được 1.850 nhưng dòng tổng ghi 1.870 (chênh -20).", f.messageVi());
        assertEquals(Triage.SOURCE_INCONSISTENCY, f.triage(), "no single misreading turns 1.850 into 1.870");
    }

    @Test
    void oneLookAlikeDigitIsAProbableOcrErrorWithItsReading() {
        // 1.112 + 788 = 1.900 against 1.850: reading 788 as 738 (8 for 3) makes the column add up.
        Finding f = RULE.check(households("788", "1.850").document("t1")).get(0);
        assertEquals(Triage.PROBABLE_OCR_ERROR, f.triage());
        assertEquals(1, f.suggestion().row());
        assertEquals(2, f.suggestion().column());
        assertEquals(0, new BigDecimal("738").compareTo(f.suggestion().value()));
        assertEquals("788", f.suggestion().raw());
    }

    @Test
    void aDoubtedCellMakesTheFailureAProbableOcrError() {
        PlanDocument doubted = TableFixture.doubt(households("738", "1.870").document("t1"), 0, 2, 0.3);
        Finding f = RULE.check(doubted).get(0);
        assertEquals(Triage.PROBABLE_OCR_ERROR, f.triage());
        assertNull(f.suggestion(), "no single misreading of the doubted cell adds up");
    }

    @Test
    void decimalsBeyondRoundingAreReported() {
        PlanDocument document = TableFixture.headers("Đơn vị", "Kinh phí")
            .row("A", "12,5").row("B", "7,25").row("Tổng", "20,2").document("t9");
        List<Finding> findings = RULE.check(document);
        assertEquals(1, findings.size());
        // Half units: 0,05 for 12,5 and for 20,2, 0,005 for 7,25.
        assertEquals(0, new BigDecimal("0.105").compareTo(findings.get(0).evidence().tolerance()));
    }

    @Test
    void ratesRepeatedOnEveryRowAndUnreadableItemsAreNotSummed() {
        PlanDocument document = TableFixture.headers("Đơn vị", "", "", "")
            .row("A", "95", "87.97", "g")
            .row("B", "95", "87.97", "10")
            .row("C", "95", "88.50", "20")
            .row("Cộng", "95", "88.1", "99")
            .document("t1");
        assertTrue(RULE.check(document).isEmpty());
    }
}
