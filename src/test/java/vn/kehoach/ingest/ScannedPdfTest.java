package vn.kehoach.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.model.Block;
import vn.kehoach.model.Box;
import vn.kehoach.model.Line;
import vn.kehoach.model.ListItem;
import vn.kehoach.model.Page;
import vn.kehoach.model.SourceKind;
import vn.kehoach.model.TextLayerCheck.Decision;
import vn.kehoach.model.Word;
import vn.kehoach.testing.TextMetrics;

/** Scanned pages are OCR'd from their image; an old English-model OCR layer is judged garbage. */
@Tag("ocr")
class ScannedPdfTest {

    private static final MediaType PDF = MediaType.application("pdf");

    @TempDir
    static Path dir;
    static OcrEngines engines;
    static Path scanPdf;
    static Path engLayerPdf;

    @BeforeAll
    static void makeScans() throws Exception {
        engines = new OcrEngines("vie");
        Path typed = dir.resolve("typed.pdf");
        Fixtures.typedPdf(Fixtures.PLAN, typed);
        BufferedImage scan = Fixtures.scanned(typed, 300);
        scanPdf = dir.resolve("scan.pdf");
        Fixtures.scanPdf(Fixtures.jpeg(scan, 0.6f), scanPdf);
        engLayerPdf = dir.resolve("scan-eng-layer.pdf");
        Fixtures.withEnglishOcrLayer(scanPdf, scan, engLayerPdf);
    }

    @AfterAll
    static void closeEngines() {
        engines.close();
    }

    @Test
    void scanIsOcrdWithFewCharacterErrors() throws Exception {
        Page page = single(new PdfIngester(engines, false).ingest(scanPdf, PDF, "scan.pdf"));
        assertEquals(SourceKind.OCR, page.kind());
        assertEquals(Decision.NO_TEXT_LAYER_OCR, page.textLayer().decision());
        assertEquals(0, page.textLayer().tokens());
        double cer = TextMetrics.characterErrorRate(String.join(" ", Fixtures.planTexts()), text(page));
        System.out.printf("scan CER %.4f, words %d, mean confidence %.3f, %d ms%n", cer, page.ocr().words(),
            page.ocr().meanConfidence(), page.ocr().millis());
        assertTrue(cer <= 0.05, "CER " + cer + " in:\n" + text(page));
        // The scan is decoded at its own resolution (2480 px over 595.28 pt = 300 dpi), not re-rendered.
        assertEquals(300, page.ocr().dpi());
        assertEquals("vie", page.ocr().language());
        assertTrue(page.ocr().meanConfidence() > 0.8, "confidence " + page.ocr().meanConfidence());
        assertBoxesOnThePage(page);
    }

    @Test
    void ocrLinesAndBlocksFollowTheTypesetLayout() throws Exception {
        Page page = single(new PdfIngester(engines, false).ingest(scanPdf, PDF, "scan.pdf"));
        Line body = lines(page).stream().filter(l -> l.text().startsWith("Thực hiện Nghị")).findFirst().orElseThrow();
        // Typeset at x = 108 pt with its baseline 166 pt from the top; the scan is turned by 0.6 degrees only.
        Box box = body.provenance().box();
        assertEquals(108, box.x(), 4);
        assertTrue(box.y() < 166 && box.bottom() > 160, box.toString());
        assertTrue(body.provenance().confidence() > 0.8);
        List<String> markers = page.blocks().stream().filter(b -> b instanceof ListItem).map(b -> ((ListItem) b).marker()).toList();
        assertEquals(List.of("-", "-", "a)", "b)", "2.1."), markers);
        // Typeset 26 pt below the last list item instead of 18: a block of its own, though Tesseract ran it on.
        assertTrue(page.blocks().stream().anyMatch(b -> b.text().equals("II. NHIỆM VỤ VÀ GIẢI PHÁP")), text(page));
    }

    @Test
    void englishModelLayerIsGarbageAndTheScanReOcrd() throws Exception {
        Page page = single(new PdfIngester(engines, false).ingest(engLayerPdf, PDF, "scan-eng-layer.pdf"));
        assertEquals(Decision.GARBAGE_REOCR, page.textLayer().decision());
        assertTrue(page.textLayer().garbage());
        assertTrue(page.textLayer().tokens() > 100, page.textLayer().toString());
        assertTrue(page.textLayer().markedShare() < TextLayerJudge.MIN_MARKED_SHARE, page.textLayer().toString());
        assertEquals(SourceKind.OCR, page.kind());
        assertEquals(300, page.ocr().dpi(), "the invisible layer does not stop the scan from being decoded directly");
        assertTrue(TextMetrics.characterErrorRate(String.join(" ", Fixtures.planTexts()), text(page)) <= 0.05);
    }

    @Test
    void englishModelLayerIsKeptWhenAsked() throws Exception {
        Page page = single(new PdfIngester(engines, true).ingest(engLayerPdf, PDF, "scan-eng-layer.pdf"));
        assertEquals(Decision.GARBAGE_KEPT, page.textLayer().decision());
        assertTrue(page.textLayer().garbage());
        assertEquals(SourceKind.TEXT_LAYER, page.kind());
        assertNull(page.ocr());
        double cer = TextMetrics.characterErrorRate(String.join(" ", Fixtures.planTexts()), text(page));
        System.out.printf("kept English-model layer CER %.4f, check %s%n", cer, page.textLayer());
        assertTrue(cer > 0.05, "the old layer lost the Vietnamese marks: CER " + cer);
    }

    @Test
    void scanIsDecodedAtItsOwnResolutionUnlessSomethingIsPrintedOnIt() throws Exception {
        Path typed = dir.resolve("typed.pdf");
        Path scan200 = dir.resolve("scan-200.pdf");
        Fixtures.scanPdf(Fixtures.jpeg(Fixtures.scanned(typed, 200), 0.6f), scan200);
        Page direct = single(new PdfIngester(engines, false).ingest(scan200, PDF, "scan-200.pdf"));
        assertEquals(200, direct.ocr().dpi());
        assertTrue(TextMetrics.characterErrorRate(String.join(" ", Fixtures.planTexts()), text(direct)) <= 0.05);

        // A page number printed on a scan is too little text to stand for the page: the page is OCR'd,
        // rendered this time (at the scan's resolution) so that the number is read with the rest.
        Path stamped = dir.resolve("scan-200-stamped.pdf");
        Fixtures.stamped(scan200, "Trang 1/1", stamped);
        Page page = single(new PdfIngester(engines, false).ingest(stamped, PDF, "scan-200-stamped.pdf"));
        assertEquals(Decision.NO_TEXT_LAYER_OCR, page.textLayer().decision());
        assertEquals(1, page.textLayer().tokens());
        assertEquals(200, page.ocr().dpi());
        double cer = TextMetrics.characterErrorRate(String.join(" ", Fixtures.planTexts()) + " Trang 1/1", text(page));
        assertTrue(cer <= 0.05, "CER " + cer + " in:\n" + text(page));
        // The decoded scan has nothing at the foot of the page; the rendered page has the number there.
        Box foot = lines(page).get(lines(page).size() - 1).provenance().box();
        assertEquals(802, foot.bottom(), 6);
        assertBoxesOnThePage(page);
    }

    static Page single(List<Page> pages) {
        assertEquals(1, pages.size());
        return pages.get(0);
    }

    static List<Line> lines(Page page) {
        return page.blocks().stream().flatMap(b -> b.allLines().stream()).toList();
    }

    static String text(Page page) {
        return page.blocks().stream().map(Block::text).collect(Collectors.joining("\n"));
    }

    static void assertBoxesOnThePage(Page page) {
        int expectedLine = 1;
        for (Line line : lines(page)) {
            assertEquals(expectedLine++, line.provenance().line());
            assertEquals(SourceKind.OCR, line.provenance().kind());
            for (Word word : line.words()) {
                Box box = word.box();
                assertTrue(box.x() >= 0 && box.y() >= 0 && box.right() <= page.width() && box.bottom() <= page.height(),
                    word + " outside the page");
                if (word.text().codePoints().anyMatch(Character::isLetter)) {
                    assertTrue(box.height() > 4 && box.height() < 30, "implausible word height " + word);
                }
                assertTrue(word.confidence() >= 0 && word.confidence() <= 1);
            }
        }
        assertNotNull(page.ocr());
    }
}
