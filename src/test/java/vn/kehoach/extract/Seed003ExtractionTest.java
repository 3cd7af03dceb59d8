package vn.kehoach.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.kehoach.extract.Seed003Checks.Reading;
import vn.kehoach.model.LegalBasis;
import vn.kehoach.model.PlanContent.Actor;
import vn.kehoach.model.PlanContent.Responsibility;
import vn.kehoach.model.PlanDocument;

/**
 * Seed 003 (Sở Y tế Thanh Hóa, 2020) as Markdown, DOCX and typed PDF: the same extraction, exact, from
 * all three (the PDF through its text layer: positioned lines, headings by font). The scan is {@link Seed003ScanExtractionTest}.
 */
class Seed003ExtractionTest {

    @ParameterizedTest
    @ValueSource(strings = {"seed-003.md", "seed-003.docx", "seed-003-typed.pdf"})
    void headerFieldsTheDocumentDoesNotPrintAreMissingNotGuessed(String file) {
        Seed003Checks.headerFieldsTheDocumentDoesNotPrintAreMissingNotGuessed(Extraction.cached(file), Reading.EXACT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed-003.md", "seed-003.docx", "seed-003-typed.pdf"})
    void legalBasesSignerAndRecipients(String file) {
        PlanDocument document = Extraction.cached(file);
        Seed003Checks.legalBasesSignerAndRecipients(document, Reading.EXACT);
        assertEquals("Sở Lao động – TB&XH", document.document().recipients().get(1).name());
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed-003.md", "seed-003.docx", "seed-003-typed.pdf"})
    void sectionsWithNumberingAsPrintedAndRoles(String file) {
        Seed003Checks.sectionsWithNumberingAndRoles(Extraction.cached(file), Reading.EXACT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed-003.md", "seed-003.docx", "seed-003-typed.pdf"})
    void responsibilitiesWithLeadSupportAndDeadline(String file) {
        PlanDocument document = Extraction.cached(file);
        Seed003Checks.responsibilitiesWithLeadAndSupport(document, Reading.EXACT);
        Responsibility youth = document.plan().responsibilities().get(1);
        assertEquals(List.of(new Actor("Đoàn Thanh niên", "lead", "chủ trì"), new Actor("Công đoàn ngành", "support", "phối hợp với")),
            youth.actors());
        assertEquals("trước tháng 6/2020", youth.deadline());
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed-003.md", "seed-003.docx", "seed-003-typed.pdf"})
    void planItemsByRole(String file) {
        Seed003Checks.planItemsByRole(Extraction.cached(file), Reading.EXACT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed-003.md", "seed-003.docx", "seed-003-typed.pdf"})
    void documentsCitedInsideSectionsWithTheirSections(String file) {
        List<LegalBasis> citations = Extraction.cached(file).plan().citations();
        assertEquals(List.of("I Nghị quyết 09-NQ/TU 2013-11-04", "I Quyết định 289-QĐ/TU 2016-05-27",
                "II > 2 Nghị quyết 09-NQ/TU 2013-11-04", "II > 2 Quyết định 289-QĐ/TU 2016-05-27", "II > 2 Kế hoạch 25/KH-UBND 2020-01-22",
                "II > 2 Kế hoạch 242/KH-SYT 2020-02-10"),
            citations.stream().map(c -> c.section() + " " + c.type() + " " + c.reference() + " " + c.date()).toList());
        LegalBasis health = citations.get(5);
        assertEquals("Sở Y tế", health.issuer());
        assertEquals("thực hiện Chương trình giảm nghèo nhanh và bền vững năm 2020", health.subject());
        assertTrue(health.text().startsWith("Kế hoạch số 242/KH-SYT"), health.text());
        assertTrue(health.span().line() >= citations.get(4).span().line() || health.span().page() > citations.get(4).span().page());
    }
}
