package vn.kehoach.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.kehoach.model.Finding;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.Triage;

class RateTargetRuleTest {

    private static final RateTargetRule RULE = new RateTargetRule();

    /** Targets rounded half up (799), down (1.201) and up (8.100): every one of them accepted. */
    private static TableFixture insurance(String lastTarget) {
        return TableFixture.headers("STT", "Đơn vị", "Dân số", "Tỷ lệ %", "Chỉ tiêu số thẻ")
            .row("1", "Khu phố 1", "841", "95", "799")
            .row("2", "Khu phố 2", "1.265", "95", "1.201")
            .row("", "Tổng cộng", "8.526", "95", lastTarget);
    }

    @Test
    void targetsRoundedAnyWayFromBaseTimesRateGiveNoFinding() {
        assertEquals(List.of(), RULE.check(insurance("8.100").document("t1")));
    }

    @Test
    void aTargetOffItsRateIsWarnedAtItsCell() {
        List<Finding> findings = RULE.check(insurance("8.000").document("t1"));
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals("KH-T002", f.ruleId());
        assertEquals(2, f.location().row());
        assertEquals(4, f.location().column());
        assertEquals(0, new BigDecimal("8099.70").compareTo(f.evidence().expected()));
        assertEquals("Bảng t1, dòng «Tổng cộng»: 8.526 × 95% = 8.099,7 nhưng cột «Chỉ tiêu số thẻ» ghi 8.000.", f.messageVi());
        assertEquals(Triage.SOURCE_INCONSISTENCY, f.triage());
    }

    @Test
    void aLookAlikeDigitInTheTargetIsSuggested() {
        Finding f = RULE.check(insurance("6.100").document("t1")).get(0);
        assertEquals(Triage.PROBABLE_OCR_ERROR, f.triage());
        assertEquals(0, new BigDecimal("8100").compareTo(f.suggestion().value()));
    }

    @Test
    void withoutHeadersTheRelationMostRowsObeyIsChecked() {
        PlanDocument document = TableFixture.headers("", "", "", "", "")
            .row("1", "A", "850", "808", "95")
            .row("2", "B", "841", "799", "95")
            .row("3", "C", "758", "720", "95")
            .row("4", "D", "620", "500", "95")
            .document("t1");
        List<Finding> findings = RULE.check(document);
        assertEquals(List.of(3), findings.stream().map(f -> f.location().row()).toList());
    }

    @Test
    void withoutHeadersARelationFewRowsObeyIsNoRelation() {
        PlanDocument document = TableFixture.headers("", "", "", "", "")
            .row("1", "A", "850", "500", "95")
            .row("2", "B", "841", "799", "95")
            .row("3", "C", "758", "300", "95")
            .row("4", "D", "620", "100", "95")
            .document("t1");
        assertEquals(List.of(), RULE.check(document));
    }
}
