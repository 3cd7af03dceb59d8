package vn.kehoach.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.kehoach.extract.TableTestSupport.assertValue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.kehoach.model.Block;
import vn.kehoach.model.CellType;
import vn.kehoach.model.DataCell;
import vn.kehoach.model.DataColumn;
import vn.kehoach.model.DataRow;
import vn.kehoach.model.DataTable;
import vn.kehoach.model.Line;
import vn.kehoach.model.Page;
import vn.kehoach.model.Paragraph;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.SourceInfo;
import vn.kehoach.model.SourceKind;

/**
 * A table typeset without ruling lines into a two-page PDF (DejaVu Serif), read back through PDFBox's
 * glyph positions as a text-layer ingester would, and recovered from word geometry: group header over two
 * columns, a label wrapped onto its own line, the table continued on page 2 without its header.
 */
class GeometryTablesPdfTest {

    private static final File FONT = new File("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf");
    private static final float SIZE = 12;
    private static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();
    /** Where the columns are set: order numbers centred, labels left, figures right-aligned. */
    private static final float ORDER_CENTRE = 95;
    private static final float LABEL_LEFT = 120;
    private static final float COUNT_RIGHT = 330;
    private static final float SHARE_RIGHT = 440;

    private static DataTable table;

    @BeforeAll
    static void typesetAndExtract() throws IOException {
        byte[] pdf = typeset();
        List<Page> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                List<Block> blocks = PdfWordLines.read(doc, p).stream().map(l -> (Block) new Paragraph(List.of(l))).toList();
                pages.add(new Page(p, PDRectangle.A4.getWidth(), PAGE_HEIGHT, SourceKind.TEXT_LAYER, blocks, null, null));
            }
        }
        PlanDocument document = PlanDocument.ingested(new SourceInfo("bang.pdf", "0", "application/pdf", null, pages.size(), null), pages);
        List<DataTable> tables = new TableExtractor().apply(document).tables();
        assertEquals(1, tables.size(), "the rows on page 2 continue the table of page 1");
        table = tables.get(0);
    }

    @Test
    void headerPathsComeFromPositions() {
        assertEquals(List.of(List.of("STT"), List.of("Đơn vị"), List.of("Hộ nghèo cuối năm 2023", "Số hộ"),
            List.of("Hộ nghèo cuối năm 2023", "Tỷ lệ %")), table.columns().stream().map(DataColumn::path).toList());
        assertEquals(List.of(CellType.INTEGER, CellType.TEXT, CellType.INTEGER, CellType.PERCENT),
            table.columns().stream().map(DataColumn::type).toList());
        assertEquals("Cụ thể như sau:", table.caption());
        TableTestSupport.assertMatchesSchema(table);
    }

    @Test
    void cellsAreRecoveredRowByRowAcrossThePageBreak() {
        assertEquals(List.of(
                List.of("1", "Khu phố 1", "236", "1,25"),
                List.of("2", "Khu phố 2", "1.112", "0,31"),
                List.of("3", "Khu phố Thanh Nhàn", "318", "3,14"),
                List.of("4", "Khu phố Giang", "246", "1,22"),
                List.of("5", "Khu phố Cao Mật", "200", "0,50"),
                List.of("", "Tổng cộng", "2.112", "1,28")),
            table.rows().stream().map(r -> r.cells().stream().map(DataCell::raw).toList()).toList());
        assertEquals(List.of(false, false, false, false, false, true), table.rows().stream().map(DataRow::isTotal).toList());
        assertValue("1112", table.rows().get(1).cells().get(2));
        assertValue("2112", table.rows().get(5).cells().get(2));
        assertValue("0.50", table.rows().get(4).cells().get(3));
        assertEquals(2, table.rows().get(4).cells().get(3).decimals());
    }

    @Test
    void cellsKeepTheirPageAndBox() {
        DataCell count = table.rows().get(1).cells().get(2);
        assertEquals(1, count.provenance().page());
        assertNotNull(count.provenance().box());
        assertEquals(COUNT_RIGHT, count.provenance().box().right(), 1.0);
        assertEquals(2, table.rows().get(3).cells().get(2).provenance().page());
        DataCell wrapped = table.rows().get(2).cells().get(1);
        assertTrue(wrapped.provenance().box().height() > 1.5 * SIZE, "the joined label's box spans both lines");
        assertNull(table.rows().get(5).cells().get(0).provenance().box(), "a blank cell has no box");
    }

    private static byte[] typeset() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = PDType0Font.load(doc, FONT);
            try (PDPageContentStream s = page(doc)) {
                left(s, font, 85, 80, "Kết quả rà soát hộ nghèo năm 2023 của các khu phố trên địa bàn thị trấn.");
                left(s, font, 85, 98, "Cụ thể như sau:");
                centred(s, font, ORDER_CENTRE, 130, "STT");
                left(s, font, LABEL_LEFT, 130, "Đơn vị");
                centred(s, font, (COUNT_RIGHT + SHARE_RIGHT) / 2 - 10, 130, "Hộ nghèo cuối năm 2023");
                right(s, font, COUNT_RIGHT, 148, "Số hộ");
                right(s, font, SHARE_RIGHT, 148, "Tỷ lệ %");
                row(s, font, 172, "1", "Khu phố 1", "236", "1,25");
                row(s, font, 190, "2", "Khu phố 2", "1.112", "0,31");
                row(s, font, 208, "3", "Khu phố Thanh", "318", "3,14");
                left(s, font, LABEL_LEFT, 224, "Nhàn");
            }
            try (PDPageContentStream s = page(doc)) {
                row(s, font, 80, "4", "Khu phố Giang", "246", "1,22");
                row(s, font, 98, "5", "Khu phố Cao Mật", "200", "0,50");
                row(s, font, 116, "", "Tổng cộng", "2.112", "1,28");
                left(s, font, 85, 150, "Trên đây là kết quả rà soát hộ nghèo năm 2023.");
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static PDPageContentStream page(PDDocument doc) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        return new PDPageContentStream(doc, page);
    }

    private static void row(PDPageContentStream s, PDType0Font font, float y, String order, String label, String count,
                            String share) throws IOException {
        if (!order.isEmpty()) {
            centred(s, font, ORDER_CENTRE, y, order);
        }
        left(s, font, LABEL_LEFT, y, label);
        right(s, font, COUNT_RIGHT, y, count);
        right(s, font, SHARE_RIGHT, y, share);
    }

    private static void left(PDPageContentStream s, PDType0Font font, float x, float y, String text) throws IOException {
        s.beginText();
        s.setFont(font, SIZE);
        s.newLineAtOffset(x, PAGE_HEIGHT - y);
        s.showText(text);
        s.endText();
    }

    private static void right(PDPageContentStream s, PDType0Font font, float right, float y, String text) throws IOException {
        left(s, font, right - width(font, text), y, text);
    }

    private static void centred(PDPageContentStream s, PDType0Font font, float centre, float y, String text) throws IOException {
        left(s, font, centre - width(font, text) / 2, y, text);
    }

    private static float width(PDType0Font font, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * SIZE;
    }
}
