package vn.kehoach.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.kehoach.extract.Seed003Checks.Reading;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.DocumentKind;

/**
 * Seed 003 from its image-only scan, through Tesseract ({@code vie}) and repair: the checks of
 * {@link Seed003ExtractionTest} with OCR tolerance.
 */
@Tag("ocr")
class Seed003ScanExtractionTest {

    private static PlanDocument scan;

    @BeforeAll
    static void extractOnce() {
        scan = Extraction.cached("seed-003-scan.pdf");
    }

    @Test
    void readByOcr() {
        assertEquals(DocumentKind.SCANNED_PDF, scan.source().kind());
    }

    @Test
    void headerFieldsTheDocumentDoesNotPrintAreMissingNotGuessed() {
        Seed003Checks.headerFieldsTheDocumentDoesNotPrintAreMissingNotGuessed(scan, Reading.OCR);
    }

    @Test
    void legalBasesSignerAndRecipients() {
        // the page pass read the faint date "11/0/2018"; read again alone with its grey levels stretched, "14/8/2018"
        Seed003Checks.legalBasesSignerAndRecipients(scan, Reading.OCR);
    }

    @Test
    void sectionsWithNumberingAndRolesDespiteADamagedHeading() {
        Seed003Checks.sectionsWithNumberingAndRoles(scan, Reading.OCR);
        assertEquals("KIUŨNH PHÍ THỰC HIỆN", scan.sections().get(2).heading(), "OCR read «II KIUŨNH PHÍ THỤC HIỆN»; repair mends only THỰC");
    }

    @Test
    void responsibilitiesWithLeadAndSupport() {
        Seed003Checks.responsibilitiesWithLeadAndSupport(scan, Reading.OCR);
        // the page pass read "6/202(", the doubtful figure read again alone "6/2020"; repair mends "trược thang"
        assertEquals("trước tháng 6/2020", scan.plan().responsibilities().get(1).deadline());
    }

    @Test
    void planItemsByRole() {
        Seed003Checks.planItemsByRole(scan, Reading.OCR);
    }
}
