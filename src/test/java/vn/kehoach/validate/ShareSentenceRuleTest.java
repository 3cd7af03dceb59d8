package vn.kehoach.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.kehoach.model.Finding;
import vn.kehoach.model.Line;
import vn.kehoach.model.Page;
import vn.kehoach.model.Paragraph;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.Provenance;
import vn.kehoach.model.SourceKind;

class ShareSentenceRuleTest {

    private static final ShareSentenceRule RULE = new ShareSentenceRule();

    private static PlanDocument text(String... lines) {
        List<Line> read = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            read.add(new Line(lines[i], List.of(), null, new Provenance(SourceKind.PLAIN, 1, i + 1, null, 1.0)));
        }
        return PlanDocument.ingested(null, List.of(new Page(1, 0, 0, SourceKind.PLAIN, List.of(new Paragraph(read)), null, null)));
    }

    @Test
    void hundredPercentAndPlanFulfilmentAboveItGiveNoFinding() {
        assertEquals(List.of(), RULE.check(text("- Phấn đấu 100% hộ nghèo có nhà ở kiên cố.",
            "Thu ngân sách đạt trên 105% kế hoạch.")));
    }

    @Test
    void moreThanAllHouseholdsIsWarnedAtItsLine() {
        List<Finding> findings = RULE.check(text("- 100% hộ nghèo được tiếp cận thông tin.",
            "- Phấn đấu trên 100% hộ nghèo có hố xí hợp vệ sinh."));
        assertEquals(1, findings.size());
        assertEquals("KH-T004", findings.get(0).ruleId());
        assertEquals(2, findings.get(0).location().lineFrom());
    }

    @Test
    void ocrTextWithoutMarksMatchesToo() {
        assertEquals(1, RULE.check(text("- Phan dau trén 100% ho nghéo duoc tiép cdn ngudn nude hop vé sinh.")).size());
    }
}
