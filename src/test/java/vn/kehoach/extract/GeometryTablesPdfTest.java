package vn.kehoach.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.kehoach.extract.TableTestSupport.assertValue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.kehoach.model.Block;
import vn.kehoach.model.Box;
import vn.kehoach.model.CellType;
import vn.kehoach.model.DataCell;
import vn.kehoach.model.DataColumn;
import vn.kehoach.model.DataRow;
import vn.kehoach.model.DataTable;
import vn.kehoach.model.Line;
import vn.kehoach.model.Page;
import vn.kehoach.model.Paragraph;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.Provenance;
import vn.kehoach.model.SourceInfo;
import vn.kehoach.model.SourceKind;
import vn.kehoach.model.Word;

/**
 * The {@link TypesetTable} PDF read back through PDFBox's glyph positions as a text-layer ingester would,
 * and the table recovered from word geometry: group header over two columns, a label wrapped onto its own
 * line, the table continued on page 2 without its header.
 */
class GeometryTablesPdfTest {

    private static List<List<Line>> pageLines;
    private static DataTable table;

    @BeforeAll
    static void typesetAndExtract() throws IOException {
        pageLines = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(TypesetTable.pdf())) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                pageLines.add(PdfWordLines.read(doc, p));
            }
        }
        table = onlyTable(pageLines);
    }

    /** Each page's lines as one-line paragraphs, the way they come, through the extractor. */
    static DataTable onlyTable(List<List<Line>> linesByPage) {
        List<DataTable> tables = extract(linesByPage);
        assertEquals(1, tables.size(), "the rows on page 2 continue the table of page 1");
        return tables.get(0);
    }

    private static List<DataTable> extract(List<List<Line>> linesByPage) {
        List<Page> pages = new ArrayList<>();
        for (int p = 0; p < linesByPage.size(); p++) {
            List<Block> blocks = linesByPage.get(p).stream().map(l -> (Block) new Paragraph(List.of(l))).toList();
            pages.add(new Page(p + 1, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight(), linesByPage.get(p).get(0).provenance().kind(),
                blocks, null, null));
        }
        PlanDocument document = PlanDocument.ingested(new SourceInfo("bang.pdf", "0", "application/pdf", null, pages.size(), null), pages);
        return new TableExtractor().apply(document).tables();
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
    void cellsComingAsLinesOfTheirOwnAreRowsAgain() {
        // OCR layout analysis and some PDF producers give each column as a block of its own, column by column.
        List<List<Line>> byCell = pageLines.stream().map(GeometryTablesPdfTest::splitAtWideGaps).toList();
        DataTable again = onlyTable(byCell);
        assertEquals(table.rows().stream().map(r -> r.cells().stream().map(DataCell::raw).toList()).toList(),
            again.rows().stream().map(r -> r.cells().stream().map(DataCell::raw).toList()).toList());
        assertEquals(table.columns(), again.columns());
    }

    @Test
    void justifiedRunningTextAndTheSignatureBlockAreNoTable() throws IOException {
        List<List<Line>> typedPlan = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(Path.of("samples", "seed-003-typed.pdf").toFile())) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                typedPlan.add(PdfWordLines.read(doc, p));
            }
        }
        assertEquals(3, typedPlan.size());
        assertEquals(List.of(), extract(typedPlan));
    }

    @Test
    void cellsKeepTheirPageAndBox() {
        DataCell count = table.rows().get(1).cells().get(2);
        assertEquals(1, count.provenance().page());
        assertNotNull(count.provenance().box());
        assertEquals(TypesetTable.COUNT_RIGHT, count.provenance().box().right(), 1.0);
        assertEquals(2, table.rows().get(3).cells().get(2).provenance().page());
        DataCell wrapped = table.rows().get(2).cells().get(1);
        assertTrue(wrapped.provenance().box().height() > 1.5 * TypesetTable.SIZE, "the joined label's box spans both lines");
        assertNull(table.rows().get(5).cells().get(0).provenance().box(), "a blank cell has no box");
    }

    /** Every run of words between gaps wider than a word space as a line of its own, left column first. */
    private static List<Line> splitAtWideGaps(List<Line> lines) {
        List<Line> pieces = new ArrayList<>();
        for (Line line : lines) {
            List<Word> run = new ArrayList<>();
            for (Word w : line.words()) {
                if (!run.isEmpty() && w.box().x() - run.get(run.size() - 1).box().right() > TypesetTable.SIZE) {
                    pieces.add(piece(line, run));
                    run = new ArrayList<>();
                }
                run.add(w);
            }
            pieces.add(piece(line, run));
        }
        pieces.sort(Comparator.comparingDouble((Line l) -> l.provenance().box().x()).thenComparingDouble(l -> l.provenance().box().y()));
        return pieces;
    }

    private static Line piece(Line line, List<Word> words) {
        Provenance p = line.provenance();
        return new Line(String.join(" ", words.stream().map(Word::text).toList()), words, null,
            new Provenance(p.kind(), p.page(), p.line(), words.stream().map(Word::box).reduce(Box::union).orElseThrow(), 1.0));
    }
}
