package vn.kehoach.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.kehoach.model.Finding;
import vn.kehoach.model.Triage;

class PercentShareRuleTest {

    private static final PercentShareRule RULE = new PercentShareRule();

    @Test
    void sharesUpToAHundredAndComparisonsWithThePlanGiveNoFinding() {
        assertEquals(List.of(), RULE.check(TableFixture.headers("Đơn vị", "Tỷ lệ %", "So với kế hoạch %")
            .row("A", "87,97", "104,5").row("B", "100", "112").document("t1")));
    }

    @Test
    void aShareAboveAHundredIsWarned() {
        List<Finding> findings = RULE.check(TableFixture.headers("Đơn vị", "Tỷ lệ %")
            .row("A", "87,97").row("B", "142").document("t1"));
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals("KH-T003", f.ruleId());
        assertEquals(1, f.location().row());
        assertEquals("Bảng t1, dòng «B», cột «Tỷ lệ %»: tỷ lệ 142% vượt quá 100%.", f.messageVi());
        assertEquals(Triage.SOURCE_INCONSISTENCY, f.triage(), "no single misreading of 142 is a share");
    }

    @Test
    void aLostDecimalSeparatorIsAProbableOcrError() {
        Finding f = RULE.check(TableFixture.headers("Đơn vị", "Tỷ lệ %").row("A", "87,5").row("B", "8797").row("C", "90").document("t1")).get(0);
        assertEquals(Triage.PROBABLE_OCR_ERROR, f.triage());
        assertEquals(0, new BigDecimal("87.97").compareTo(f.suggestion().value()));
    }
}
