package vn.kehoach.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.kehoach.model.Finding;
import vn.kehoach.model.Triage;

class RowIdentityRuleTest {

    private static final RowIdentityRule RULE = new RowIdentityRule();

    private static TableFixture poverty(String poorRate) {
        return TableFixture.headers("Đơn vị", "Tổng số hộ", "Hộ nghèo > Số hộ", "Hộ nghèo > Tỷ lệ %")
            .row("Khu phố 2", "282", "4", "1,42")
            .row("Khu phố 5", "341", "2", "0,59")
            .row("Tổng cộng", "2.567", "8", poorRate);
    }

    @Test
    void ratiosRoundedToTheirPrintedDigitsGiveNoFinding() {
        // 4/282 = 1,418 %, 2/341 = 0,586 %, 8/2.567 = 0,3116 %: each within one unit of its last digit.
        assertEquals(List.of(), RULE.check(poverty("0,31").document("t2")));
    }

    @Test
    void aRatioInTheTotalRowIsCheckedAgainstItsCountAndBase() {
        List<Finding> findings = RULE.check(poverty("0,41").document("t2"));
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals("KH-T005", f.ruleId());
        assertEquals(2, f.location().row());
        assertEquals(3, f.location().column());
        assertEquals(0, new BigDecimal("0.41").compareTo(f.evidence().actual()));
        assertEquals(0.3116, f.evidence().expected().doubleValue(), 1e-4);
    }

    @Test
    void differencesRemaindersAndGroupSumsThatHoldGiveNoFinding() {
        assertEquals(List.of(), RULE.check(TableFixture.headers("Đơn vị", "Năm 2022", "Năm 2023", "Tăng/giảm",
                "Kế hoạch", "Đã thực hiện", "Còn lại", "Kinh phí > Trung ương", "Kinh phí > Địa phương", "Kinh phí > Cộng")
            .row("Xã A", "34", "30", "-4", "1.200", "950", "250", "12,5", "7,5", "20")
            .row("Xã B", "8", "5", "3", "800", "800", "0", "1,25", "0,5", "1,75")
            .document("t1")));
    }

    @Test
    void aDifferenceThatDoesNotHoldIsAnErrorAndALookAlikeDigitIsSuggested() {
        List<Finding> findings = RULE.check(TableFixture.headers("Đơn vị", "Kế hoạch", "Đã thực hiện", "Còn lại")
            .row("Xã A", "1.200", "950", "280")
            .row("Xã B", "800", "700", "300")
            .document("t1"));
        assertEquals(2, findings.size());
        Finding a = findings.get(0);
        assertEquals(Triage.PROBABLE_OCR_ERROR, a.triage(), "280 read for 250 (8 for 5)");
        assertEquals(0, new BigDecimal("250").compareTo(a.suggestion().value()));
        assertEquals("Bảng t1, dòng «Xã A»: cột «Còn lại» ghi 280 nhưng Kế hoạch − Đã thực hiện cho 250.", a.messageVi());
        assertEquals(Triage.SOURCE_INCONSISTENCY, findings.get(1).triage(), "300 is no misreading of 100");
    }

    @Test
    void aGroupSumThatDoesNotHoldIsAnError() {
        List<Finding> findings = RULE.check(TableFixture.headers("Đơn vị", "Kinh phí > Trung ương",
                "Kinh phí > Địa phương", "Kinh phí > Cộng")
            .row("Xã A", "12,5", "7,5", "21")
            .row("Xã B", "1", "2", "3")
            .document("t1"));
        assertEquals(List.of(0), findings.stream().map(f -> f.location().row()).toList());
    }
}
