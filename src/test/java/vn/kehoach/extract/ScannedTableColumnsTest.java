package vn.kehoach.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.kehoach.model.CellType;
import vn.kehoach.model.DataCell;
import vn.kehoach.model.DataColumn;
import vn.kehoach.model.DataRow;
import vn.kehoach.model.DataTable;
import vn.kehoach.model.Line;
import vn.kehoach.samples.OfficeScanner;

/**
 * The {@link TypesetTable} put through the office scanner (skew, blur, specks) and read by Tesseract: on its
 * second page OCR reads the gap after order number 4 as "—", which used to glue the order column to the
 * names ("4 — Khu pho Giang", then "5 Khu phỏ Cao Mật" in the same band), so the page no longer matched the
 * table it continues.
 */
@Tag("ocr")
class ScannedTableColumnsTest {

    /** A scan whose OCR prints the dash; the scanner is seeded, so the scan is the same on every run. */
    private static final long SCAN_SEED = 1L;

    @Test
    void orderColumnStaysApartFromTheNamesDespiteSeparatorNoise() throws Exception {
        Path typed = Files.createTempFile("kehoach-typeset-", ".pdf");
        List<List<Line>> pages = new ArrayList<>();
        try {
            Files.write(typed, TypesetTable.pdf());
            int page = 1;
            for (BufferedImage image : OfficeScanner.scan(typed, SCAN_SEED)) {
                pages.add(OcrWordLines.read(image, OfficeScanner.DPI, page++));
            }
        } finally {
            Files.delete(typed);
        }
        DataTable t = GeometryTablesPdfTest.onlyTable(pages);

        assertEquals(List.of(CellType.INTEGER, CellType.TEXT, CellType.INTEGER, CellType.PERCENT),
            t.columns().stream().map(DataColumn::type).toList());
        assertEquals(List.of("STT"), t.columns().get(0).path());
        List<DataRow> rows = t.rows();
        assertEquals(6, rows.size(), "five units and the total, the second page joined to the first");
        assertEquals(List.of("4", "5", ""), rows.subList(3, 6).stream().map(r -> r.cells().get(0).raw()).toList());
        for (DataRow row : rows.subList(3, 5)) {
            assertTrue(row.cells().get(1).raw().startsWith("Khu"), row.cells().get(1).raw());
        }
        assertTrue(rows.get(5).isTotal());
        for (DataRow row : rows) {
            for (DataCell cell : row.cells()) {
                assertTrue(!cell.raw().matches("[|_—].+|.+[|_—]"), "no separator mark at a cell's edge: " + cell.raw());
            }
        }
        TableTestSupport.assertMatchesSchema(t);
    }
}
