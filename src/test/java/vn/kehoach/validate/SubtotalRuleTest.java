package vn.kehoach.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.kehoach.model.Finding;
import vn.kehoach.model.PlanDocument;

class SubtotalRuleTest {

    private static PlanDocument budget(String firstGroupTotal) {
        return TableFixture.headers("STT", "Nội dung", "Kinh phí (triệu đồng)")
            .row("I", "Khối Đảng", firstGroupTotal)
            .row("1", "Văn phòng", "120,5")
            .row("2", "Ban Tuyên giáo", "30")
            .row("2.1", "Trong đó: tuyên truyền", "20")
            .row("-", "In ấn tài liệu", "10")
            .row("II.", "Khối chính quyền", "1.030")
            .row("1", "UBND xã", "1.000")
            .row("2", "Công an xã", "30")
            .row("", "Tổng cộng", "1.180,5")
            .document("t1");
    }

    @Test
    void groupsThatAddUpAndAGrandTotalOverTheGroupsGiveNoFinding() {
        PlanDocument consistent = budget("150,5");
        assertEquals(List.of(), new SubtotalRule().check(consistent));
        assertEquals(List.of(), new ColumnSumRule().check(consistent), "the grand total sums the groups, not every row");
        // Without the order numbers the detail rows would be summed twice: the rule reads the outline.
    }

    @Test
    void aGroupRowThatIsNotTheSumOfItsItemsIsAnError() {
        List<Finding> findings = new SubtotalRule().check(budget("160,5"));
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals("KH-T006", f.ruleId());
        assertEquals(0, f.location().row());
        assertEquals(0, new BigDecimal("150.5").compareTo(f.evidence().expected()));
        assertEquals("Table t1, column \"Kinh phí (triệu đồng)\": the rows sum to 150.5 but row \"Khối Đảng\" prints 160.5 "
            + "(off by -10).", f.messageEn());
    }

    @Test
    void aTotalRowBeforeTheLastClosesTheRowsAboveIt() {
        PlanDocument document = TableFixture.headers("Đơn vị", "Số hộ")
            .row("Thôn 1", "12").row("Thôn 2", "30").row("Cộng khu vực 1", "40")
            .row("Thôn 3", "5").row("Tổng cộng", "45")
            .document("t1");
        List<Finding> findings = new SubtotalRule().check(document);
        assertEquals(List.of(2), findings.stream().map(f -> f.location().row()).toList());
    }
}
