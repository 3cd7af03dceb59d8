package vn.kehoach.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;
import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.model.Block;
import vn.kehoach.model.Heading;
import vn.kehoach.model.Line;
import vn.kehoach.model.ListItem;
import vn.kehoach.model.Page;
import vn.kehoach.model.Paragraph;
import vn.kehoach.model.SourceKind;
import vn.kehoach.model.TextLayerCheck;
import vn.kehoach.model.Word;
import vn.kehoach.pipeline.KehoachException;

/** A typed PDF is read from its text layer, exactly, with its layout. No OCR runs. */
class PdfTextLayerTest {

    @TempDir
    static Path dir;
    static Page page;

    @BeforeAll
    static void readTypedPlan() throws IOException, KehoachException {
        Path pdf = dir.resolve("typed.pdf");
        Fixtures.typedPdf(Fixtures.PLAN, pdf);
        // Engines are created lazily: a page read from its text layer never starts Tesseract.
        try (OcrEngines engines = new OcrEngines(Path.of("/nonexistent"), "vie")) {
            List<Page> pages = new PdfIngester(engines, false).ingest(pdf, MediaType.application("pdf"), "typed.pdf");
            assertEquals(1, pages.size());
            page = pages.get(0);
        }
    }

    @Test
    void textIsExactlyTheTypesetLinesInReadingOrder() {
        List<String> lines = page.blocks().stream().flatMap(b -> b.allLines().stream()).map(Line::text).toList();
        assertEquals(Fixtures.planTexts(), lines);
    }

    @Test
    void pageIsTheA4MediaBoxAndTheLayerIsKept() {
        assertEquals(SourceKind.TEXT_LAYER, page.kind());
        assertEquals(595.28, page.width(), 0.01);
        assertEquals(841.89, page.height(), 0.01);
        assertNull(page.ocr());
        TextLayerCheck check = page.textLayer();
        assertEquals(TextLayerCheck.Decision.TEXT_LAYER_KEPT, check.decision());
        assertTrue(check.markedShare() > 0.6 && check.vietnameseShare() > 0.9, check.toString());
    }

    @Test
    void blocksFollowTypographyAndLayout() {
        List<Block> blocks = page.blocks();
        List<String> shapes = blocks.stream().map(PdfTextLayerTest::shape).toList();
        assertEquals(List.of("paragraph:1", "paragraph:1", "heading1:1", "heading2:1", "paragraph:3", "heading3:1",
            "paragraph:2", "list[-]:2", "list[-]:1", "heading3:1", "list[a)]:1", "list[b)]:1", "list[2.1.]:1",
            "paragraph:2", "paragraph:1"), shapes);
    }

    @Test
    void linesCarryStyleBoxesAndProvenance() {
        List<Line> lines = page.blocks().stream().flatMap(b -> b.allLines().stream()).toList();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            Fixtures.TypedLine typed = Fixtures.PLAN.get(i);
            assertEquals(i + 1, line.provenance().line());
            assertEquals(1, line.provenance().page());
            assertEquals(1.0, line.provenance().confidence());
            assertEquals(typed.size(), line.style().fontSize(), 0.01, line.text());
            assertEquals(typed.bold(), line.style().bold(), line.text());
            assertTrue(line.style().fontName().startsWith("DejaVuSerif"), line.style().fontName());
            assertEquals(String.join(" ", line.words().stream().map(Word::text).toList()), line.text());
            if (typed.x() != Fixtures.CENTRED) {
                assertEquals(typed.x(), line.provenance().box().x(), 0.5, line.text());
            }
        }
        // The first body line: baseline 72+42+22+30 = 166 pt below the top, 12 pt type.
        Line body = lines.get(4);
        assertEquals(166 - 0.8 * 12, body.provenance().box().y(), 0.5);
        assertEquals(12, body.provenance().box().height(), 0.01);
        Word first = body.words().get(0);
        assertEquals("Thực", first.text());
        assertEquals(108, first.box().x(), 0.5);
        assertTrue(first.box().width() > 20 && first.box().width() < 35, first.box().toString());
    }

    /** A landscape page made by rotating a portrait one: lines are read and placed as the page is shown. */
    @Test
    void rotatedPageIsReadInItsDisplayedFrame() throws IOException, KehoachException {
        Path pdf = dir.resolve("rotated.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage portrait = new PDPage(PDRectangle.A4);
            portrait.setRotation(90);
            document.addPage(portrait);
            PDFont font = PDType0Font.load(document, Fixtures.DEJAVU.resolve("DejaVuSerif.ttf").toFile());
            try (PDPageContentStream content = new PDPageContentStream(document, portrait)) {
                // Turn user space so that text is upright once the viewer applies /Rotate 90.
                content.transform(new Matrix(0, 1, -1, 0, PDRectangle.A4.getWidth(), 0));
                content.beginText();
                content.setFont(font, 12);
                content.newLineAtOffset(72, PDRectangle.A4.getWidth() - 100);
                content.showText("Bảng tổng hợp kết quả thực hiện kế hoạch năm 2024");
                content.endText();
            }
            document.save(pdf.toFile());
        }
        try (OcrEngines engines = new OcrEngines(Path.of("/nonexistent"), "vie")) {
            Page rotated = new PdfIngester(engines, false).ingest(pdf, MediaType.application("pdf"), "rotated.pdf").get(0);
            assertEquals(841.89, rotated.width(), 0.01);
            assertEquals(595.28, rotated.height(), 0.01);
            Line line = rotated.blocks().get(0).allLines().get(0);
            assertEquals("Bảng tổng hợp kết quả thực hiện kế hoạch năm 2024", line.text());
            assertEquals(72, line.provenance().box().x(), 0.5);
            assertEquals(100 - 0.8 * 12, line.provenance().box().y(), 0.5);
        }
    }

    private static String shape(Block block) {
        if (block instanceof Heading h) {
            return "heading" + h.level() + ":" + h.lines().size();
        }
        if (block instanceof ListItem l) {
            return "list[" + l.marker() + "]:" + l.lines().size();
        }
        return "paragraph:" + assertInstanceOf(Paragraph.class, block).lines().size();
    }
}
