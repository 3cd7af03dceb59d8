package vn.kehoach.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.kehoach.extract.TableTestSupport.assertValue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.kehoach.model.CellType;
import vn.kehoach.model.DataColumn;
import vn.kehoach.model.DataRow;
import vn.kehoach.model.DataTable;
import vn.kehoach.model.Line;
import vn.kehoach.model.SourceKind;

/** The {@link TypesetTable} pages rendered at 300 dpi and read by Tesseract: the table comes from OCR word boxes. */
@Tag("ocr")
class GeometryTablesOcrTest {

    private static final int DPI = 300;

    @Test
    void tableIsRecoveredFromOcrWordBoxes() throws Exception {
        List<List<Line>> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(TypesetTable.pdf())) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                BufferedImage image = renderer.renderImageWithDPI(p, DPI, ImageType.GRAY);
                pages.add(OcrWordLines.read(image, DPI, p + 1));
            }
        }
        DataTable t = GeometryTablesPdfTest.onlyTable(pages);

        assertEquals(List.of(CellType.INTEGER, CellType.TEXT, CellType.INTEGER, CellType.PERCENT),
            t.columns().stream().map(DataColumn::type).toList());
        assertEquals(List.of("Hộ nghèo cuối năm 2023", "Tỷ lệ %"), t.columns().get(3).path());
        assertEquals(List.of(false, false, false, false, false, true), t.rows().stream().map(DataRow::isTotal).toList());
        List<String> counts = List.of("236", "1112", "318", "246", "200", "2112");
        for (int r = 0; r < counts.size(); r++) {
            assertValue(counts.get(r), t.rows().get(r).cells().get(2));
        }
        assertValue("3.14", t.rows().get(2).cells().get(3));
        assertTrue(t.rows().get(2).cells().get(1).raw().endsWith("Nhàn"), "wrapped label joined: " + t.rows().get(2).cells().get(1).raw());
        assertEquals(SourceKind.OCR, t.rows().get(0).cells().get(2).provenance().kind());
        assertTrue(t.rows().get(0).cells().get(2).confidence() > 0.5, "recognition confidence carried into the cell");
        TableTestSupport.assertMatchesSchema(t);
    }
}
