package vn.kehoach.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.kehoach.model.DocumentInfo;
import vn.kehoach.model.LegalBasis;
import vn.kehoach.model.PlanContent.Quantity;
import vn.kehoach.model.PlanContent.Responsibility;
import vn.kehoach.model.PlanContent.Target;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.Section;

/** Seed 000: a raw English-model OCR dump with mangled diacritics, before any language-model repair. */
class Seed000ExtractionTest {

    private static PlanDocument document;

    @BeforeAll
    static void extract() throws Exception {
        document = Extraction.sample(Extraction.UNREPAIRED, "seed-000-ocr-dump.txt");
    }

    @Test
    void headerReadThroughOcrNoise() {
        DocumentInfo info = document.document();
        assertEquals("25", info.number().value());
        assertEquals("KH-UBND", info.symbol().value(), "\"S6:25 [ KH - UBND\"");
        assertTrue(info.symbol().confidence() < 0.9, "a repaired symbol is less sure than a clean one");
        assertEquals("2023-02-13", info.issueDate().value());
        assertEquals(2, info.issueDate().span().line());
        assertEquals("Thi tran Vinh Loc", info.issuer().value(), "\"THI TRAN VINH LOC\" in running-text case");
        assertEquals(1, info.issuer().span().line());
        assertEquals("Thi tran Vinh Léc", info.place().value());
        assertEquals("Kế hoạch", info.type().value());
        assertTrue(info.summary().value().startsWith("Thue hién Chwong trinh giam nghéo nhanh"));
        assertEquals(5, info.summary().span().line());
        assertEquals(7, info.summary().span().endLine());
        assertTrue(info.components().get(0).present(), "\"Poc 1ap - Tu do - Hanh phic\" is the motto");
        assertTrue(info.components().get(0).confidence() < 0.9, "only one of the two motto lines");
        assertNull(info.signer());
        assertTrue(info.missing().containsAll(List.of("parentIssuer", "signer", "recipients")));
    }

    @Test
    void legalBasesWithTheirAbbreviationsRepaired() {
        List<LegalBasis> bases = document.document().legalBases();
        assertEquals(List.of("Nghị quyết 15-NQ/ĐU 2022-12-29", "Nghị quyết 24/NQ-HĐND 2023-01-05", "Quyết định 21/QĐ-UBND 2023-02-01"),
            bases.stream().map(b -> b.type() + " " + b.reference() + " " + b.date()).toList());
        assertEquals("Ban chap hanh Pang bo thi trdn", bases.get(0).issuer());
        assertEquals("Hoi dong nhan dan thi trin", bases.get(1).issuer());
        assertEquals("UBND thj tran", bases.get(2).issuer());
        assertEquals(9, bases.get(0).span().line());
        assertEquals(10, bases.get(0).span().endLine());
        assertTrue(bases.get(1).text().startsWith("Nghi quyét 24/NQ-HPND"), "the clause as printed");
    }

    @Test
    void sectionsIThroughVWithRolesAndTheRepeatedNumber() {
        List<Section> sections = document.sections();
        assertEquals(List.of("I. objectives", "II. subjects-and-scope", "III. tasks", "IV. funding", "V. organization"),
            sections.stream().map(s -> s.number() + " " + s.role().id()).toList());
        Section specific = sections.get(0).children().get(1);
        assertEquals("targets", specific.role().id());
        assertEquals(List.of("2.1.", "2.2.", "2.2."), specific.children().stream().map(Section::number).toList(),
            "2.2 is printed twice and kept twice");
        assertEquals(List.of("2.1.1", "2.1.2"), specific.children().get(0).children().stream().map(Section::number).toList());
        Section duties = sections.get(2).children().get(0);
        assertEquals(8, duties.children().size(), "1.1. to 1.8., including \"1.1.Thwe\" printed without a space");
        assertEquals("solutions", sections.get(2).children().get(1).role().id());
    }

    @Test
    void insuranceTargetWithBaselineAndDeadline() {
        Target insurance = document.plan().targets().stream().filter(t -> t.deadline() != null && t.value().equals("95"))
            .findFirst().orElseThrow();
        assertEquals("%", insurance.unit());
        assertEquals(new Quantity("8148", "ngudi"), insurance.equivalent());
        assertEquals("dén thang 11 nim 2023", insurance.deadline());
        assertEquals("2023-11", insurance.deadlineDate());
        assertEquals("87.97", insurance.baseline().value());
        assertEquals("2023-02-06", insurance.baseline().date());
        assertEquals("toan thi tran", insurance.scope());
    }

    @Test
    void povertyTargetsFromBaselineToValueWithShares() {
        List<Target> poverty = document.plan().targets().stream().filter(t -> t.baseline() != null && t.change() != null).toList();
        assertEquals(2, poverty.size());
        Target poor = poverty.get(0);
        assertEquals("8", poor.baseline().value());
        assertEquals(new Quantity("0.31", "%"), poor.baseline().equivalent());
        assertEquals("5", poor.value());
        assertEquals(new Quantity("-0.19", "%"), poor.change());
        assertEquals("2022", poor.baseline().date(), "\"Cuối năm 2022\" states where things stood");
        assertEquals("2023", poor.deadlineDate());
        Target nearPoor = poverty.get(1);
        assertEquals("34", nearPoor.baseline().value());
        assertEquals(new Quantity("1.32", "%"), nearPoor.baseline().equivalent());
        assertEquals("30", nearPoor.value());
        assertEquals(new Quantity("-0.17", "%"), nearPoor.change());
        assertTrue(nearPoor.indicator().contains("nghéo"));
    }

    @Test
    void responsibilitiesFromActorHeadings() {
        List<Responsibility> duties = document.plan().responsibilities();
        assertEquals(8, duties.size());
        assertEquals("Tramy té", duties.get(2).actors().get(0).name());
        assertEquals("lead", duties.get(2).actors().get(0).role());
        assertEquals("support", duties.get(0).actors().get(1).role(), "\"phdi hop voi cac ban nganh\"");
    }
}
