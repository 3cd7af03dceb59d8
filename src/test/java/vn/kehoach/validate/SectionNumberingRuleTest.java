package vn.kehoach.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.kehoach.model.Finding;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.Section;
import vn.kehoach.model.Section.Passage;
import vn.kehoach.model.SectionRole;
import vn.kehoach.model.SourceSpan;

/** KH-S001 over hand-built section trees: gaps and repeats at every level, and numbers printed as paragraphs. */
class SectionNumberingRuleTest {

    /** Lines handed out in reading order: a section's heading before its children's. */
    private int line = 2;

    @Test
    void completeNumberingAtEveryLevelIsSilent() {
        List<Section> tree = List.of(section("I.", List.of(), section("1."), section("2.", List.of(), section("a)"),
            section("b)"), section("c)"), section("d)"), section("e)"))), section("II."));
        assertEquals(List.of(), messages(tree), "đ may be skipped");
    }

    @Test
    void gapsAndRepeatsAreFoundAtEveryLevel() {
        List<Section> tree = List.of(section("I.", List.of(), section("1."), section("2.", List.of(), section("2.1."),
            section("2.2."), section("2.2."))), section("II.", List.of(), section("a)"), section("c)")), section("IV."));
        assertEquals(List.of("section number \"2.2.\" is used twice (first for \"heading\").",
            "section b) is missing between \"a)\" and \"c)\".",
            "section III is missing between \"II.\" and \"IV.\"."), messages(tree), "in reading order");
    }

    @Test
    void aNumberPrintedAsAParagraphIsNotMissing() {
        Passage three = new Passage("3.", "3. Giao phòng Kế hoạch Tài chính ...", new SourceSpan(1, 90, 1, 90));
        List<Section> tree = List.of(section("V.", List.of(new Passage("1.", "1. ...", new SourceSpan(1, 88, 1, 88)),
            new Passage("2.", "2. ...", new SourceSpan(1, 89, 1, 89)), three), section("4.")),
            section("VI.", List.of(), section("1.", List.of(three)), section("4.")));
        assertEquals(List.of("section 2. is missing between \"1.\" and \"4.\"."), messages(tree),
            "under V, 1. to 3. are paragraphs; under VI, 3. is printed in the body of 1. and 2. is missing");
    }

    private List<String> messages(List<Section> tree) {
        PlanDocument document = TableFixture.headers("x").row("1").document("t1").withSections(tree);
        return new SectionNumberingRule().check(document).stream().map(Finding::messageEn)
            .map(m -> m.replaceFirst("^Page \\d+, line \\d+: ", "")).toList();
    }

    private Section section(String number, Section... children) {
        return section(number, List.of(), children);
    }

    private Section section(String number, List<Passage> passages, Section... children) {
        List<Section> kids = new ArrayList<>(List.of(children));
        int from = kids.isEmpty() ? line : kids.get(0).span().line() - 1;
        line += kids.isEmpty() ? 2 : 0;
        int to = kids.isEmpty() ? from : kids.get(kids.size() - 1).span().endLine();
        return new Section(number, "heading", SectionRole.OTHER, "", passages, new SourceSpan(1, from, 1, to), kids);
    }
}
