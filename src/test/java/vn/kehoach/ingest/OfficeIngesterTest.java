package vn.kehoach.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.model.Block;
import vn.kehoach.model.Heading;
import vn.kehoach.model.Line;
import vn.kehoach.model.ListItem;
import vn.kehoach.model.Page;
import vn.kehoach.model.Paragraph;
import vn.kehoach.model.SourceKind;
import vn.kehoach.model.Table;
import vn.kehoach.model.TableCell;

class OfficeIngesterTest {

    private static final MediaType DOCX =
        MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document");

    @TempDir
    Path dir;

    private final OfficeIngester ingester = new OfficeIngester();

    @Test
    void docxKeepsHeadingsParagraphLinesListsAndBold() throws Exception {
        Page page = single(ingester.ingest(OfficeFixtures.write(dir, "plan.docx", OfficeFixtures.planDocx()), DOCX, "plan.docx"));
        List<Block> blocks = page.blocks();
        assertEquals(9, blocks.size());

        assertHeading(1, "KẾ HOẠCH", blocks.get(0));
        assertHeading(2, "I. MỤC ĐÍCH, YÊU CẦU", blocks.get(1));

        Paragraph mixed = assertInstanceOf(Paragraph.class, blocks.get(2));
        assertEquals(List.of("Thực hiện Nghị quyết số 09-NQ/TU", "của Ban Chấp hành Đảng bộ tỉnh."), texts(mixed.lines()));
        assertNull(mixed.lines().get(0).style(), "a partly bold line is not bold");

        Paragraph recipients = assertInstanceOf(Paragraph.class, blocks.get(3));
        assertEquals("Nơi nhận:", recipients.text());
        assertTrue(recipients.lines().get(0).style().bold());

        assertItem("·", "· Tuyên truyền sâu rộng trong nhân dân", blocks.get(4));
        assertItem("·", "· Kiểm tra, giám sát việc thực hiện", blocks.get(5));
        assertItem("1.", "1. Ủy ban nhân dân xã chủ trì", blocks.get(6));
        assertItem("2.", "2. Trạm Y tế xã phối hợp", blocks.get(7));
    }

    @Test
    void docxTableKeepsMergedCellsAndCellParagraphs() throws Exception {
        Page page = single(ingester.ingest(OfficeFixtures.write(dir, "plan.docx", OfficeFixtures.planDocx()), DOCX, "plan.docx"));
        Table table = assertInstanceOf(Table.class, page.blocks().get(8));

        assertEquals(3, table.rows().size());
        assertEquals(List.of(3, 3, 4), table.rows().stream().map(r -> r.cells().size()).toList());
        List<TableCell> header = table.rows().get(0).cells();
        assertEquals(List.of("STT", "Nội dung", "Kinh phí"), header.stream().map(TableCell::text).toList());
        assertEquals(List.of(1, 2, 1), header.stream().map(TableCell::colSpan).toList());
        assertEquals(List.of(1, 1, 2), header.stream().map(TableCell::rowSpan).toList());

        TableCell twoParagraphs = table.rows().get(1).cells().get(1);
        assertEquals(List.of("Khám bệnh", "miễn phí"), texts(twoParagraphs.lines()));
        assertEquals(List.of("2", "Tặng quà", "Hộ nghèo", "50"),
            table.rows().get(2).cells().stream().map(TableCell::text).toList());
        assertTrue(table.rows().subList(1, 3).stream().flatMap(r -> r.cells().stream())
            .allMatch(c -> c.rowSpan() == 1 && c.colSpan() == 1), "only header cells are merged");
    }

    @Test
    void embeddedPartsAreNotReadAsText() throws Exception {
        Path file = OfficeFixtures.write(dir, "picture.docx", OfficeFixtures.docxWithPicture());
        List<Block> blocks = single(ingester.ingest(file, DOCX, "picture.docx")).blocks();
        assertEquals(List.of("Trước sơ đồ", "Sau sơ đồ"), blocks.stream().map(Block::text).toList());
    }

    @Test
    void linesAreNumberedInReadingOrderWithoutGeometry() throws Exception {
        Page page = single(ingester.ingest(OfficeFixtures.write(dir, "plan.docx", OfficeFixtures.planDocx()), DOCX, "plan.docx"));
        assertEquals(1, page.number());
        assertEquals(SourceKind.OFFICE, page.kind());
        assertEquals(0, page.width());
        List<Line> lines = page.blocks().stream().flatMap(b -> b.allLines().stream()).toList();
        assertEquals(IntStream.rangeClosed(1, lines.size()).boxed().toList(),
            lines.stream().map(l -> l.provenance().line()).toList());
        assertTrue(lines.stream().allMatch(l -> l.provenance().box() == null && l.words().isEmpty()
            && l.provenance().page() == 1 && l.provenance().kind() == SourceKind.OFFICE));
    }

    @Test
    void htmlKeepsStructureCollapsesWhiteSpaceAndFlattensNestedTables() throws Exception {
        String html = """
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><title>Tiêu đề trang</title>
            <script>var ignored = "không lấy";</script></head>
            <body>
            <div>UBND TỈNH THANH HÓA</div>
            <h2>II. NHIỆM VỤ   VÀ
               GIẢI PHÁP</h2>
            <p>Thực hiện <strong>Kế hoạch số 25</strong><br>ngày 22/01/2020</p>
            <p>a) Rà soát hộ nghèo</p>
            <ol><li>Khám bệnh</li><li>Cấp thuốc<ul><li>cho hộ nghèo</li></ul></li></ol>
            <table>
              <tr><th colspan="2">Nội dung</th><th rowspan="2">Kinh phí</th></tr>
              <tr><td>1</td><td><p>Tặng quà</p><p>Hộ nghèo</p><table><tr><td>x</td><td>y</td></tr></table></td></tr>
            </table>
            Chữ rời cuối trang
            </body></html>
            """;
        MediaType type = MediaType.text("html");
        List<Block> blocks = single(ingester.ingest(OfficeFixtures.write(dir, "plan.html", html), type, "plan.html")).blocks();

        assertEquals(9, blocks.size());
        assertEquals("UBND TỈNH THANH HÓA", assertInstanceOf(Paragraph.class, blocks.get(0)).text());
        assertHeading(2, "II. NHIỆM VỤ VÀ GIẢI PHÁP", blocks.get(1));
        assertEquals(List.of("Thực hiện Kế hoạch số 25", "ngày 22/01/2020"), texts(blocks.get(2).allLines()));
        assertItem("a)", "a) Rà soát hộ nghèo", blocks.get(3));
        assertItem("1.", "Khám bệnh", blocks.get(4));
        assertItem("2.", "Cấp thuốc", blocks.get(5));
        assertItem("•", "cho hộ nghèo", blocks.get(6));

        Table table = assertInstanceOf(Table.class, blocks.get(7));
        TableCell merged = table.rows().get(0).cells().get(0);
        assertEquals(2, merged.colSpan());
        assertEquals(2, table.rows().get(0).cells().get(1).rowSpan());
        assertEquals(List.of("Tặng quà", "Hộ nghèo", "x", "y"), texts(table.rows().get(1).cells().get(1).lines()));
        assertEquals("Chữ rời cuối trang", assertInstanceOf(Paragraph.class, blocks.get(8)).text());
        assertFalse(blocks.stream().anyMatch(b -> b.text().contains("không lấy") || b.text().contains("Tiêu đề trang")));
    }

    @Test
    void rtfKeepsBoldLineBreaksAndUnicodeEscapes() throws Exception {
        String rtf = """
            {\\rtf1\\ansi\\ansicpg1258\\deff0{\\fonttbl{\\f0 Times New Roman;}}
            {\\pard\\b K\\u7870? HO\\u7840?CH\\b0\\par}
            {\\pard Th\\u7921?c hi\\u7879?n Ngh\\u7883? quy\\u7871?t\\line d\\u242?ng hai\\par}
            {\\pard - M\\u7909?c m\\u7897?t\\par}
            }
            """;
        List<Block> blocks = single(ingester.ingest(OfficeFixtures.write(dir, "plan.rtf", rtf), MediaType.application("rtf"), "plan.rtf")).blocks();

        assertEquals(3, blocks.size());
        Paragraph title = assertInstanceOf(Paragraph.class, blocks.get(0));
        assertEquals("KẾ HOẠCH", title.text());
        assertTrue(title.lines().get(0).style().bold());
        assertEquals(List.of("Thực hiện Nghị quyết", "dòng hai"), texts(blocks.get(1).allLines()));
        assertItem("-", "- Mục một", blocks.get(2));
    }

    @Test
    void odtKeepsHeadingLineBreakListAndSpans() throws Exception {
        MediaType odt = MediaType.application("vnd.oasis.opendocument.text");
        List<Block> blocks = single(ingester.ingest(OfficeFixtures.write(dir, "plan.odt", OfficeFixtures.planOdt()), odt, "plan.odt")).blocks();

        assertEquals(4, blocks.size());
        assertHeading(1, "KẾ HOẠCH", blocks.get(0));
        assertEquals(List.of("Thực hiện Quyết định số 289", "của Ban Chấp hành"), texts(blocks.get(1).allLines()));
        assertItem("•", "Khám bệnh miễn phí", blocks.get(2));
        Table table = assertInstanceOf(Table.class, blocks.get(3));
        assertEquals(List.of(2, 2), table.rows().stream().map(r -> r.cells().size()).toList());
        assertEquals(2, table.rows().get(0).cells().get(0).colSpan());
        assertEquals(2, table.rows().get(0).cells().get(1).rowSpan());
        assertEquals("Tặng quà", table.rows().get(1).cells().get(1).text());
    }

    @Test
    void acceptsWordProcessorAndWebTypesOnly() {
        assertTrue(ingester.accepts(DOCX));
        assertTrue(ingester.accepts(MediaType.application("msword")));
        assertTrue(ingester.accepts(MediaType.application("rtf")));
        assertTrue(ingester.accepts(MediaType.application("vnd.oasis.opendocument.text")));
        assertTrue(ingester.accepts(MediaType.parse("text/html; charset=UTF-8")));
        assertTrue(ingester.accepts(MediaType.application("xhtml+xml")));
        assertTrue(ingester.accepts(MediaType.application("x-tika-ooxml-protected")));
        assertFalse(ingester.accepts(MediaType.TEXT_PLAIN));
        assertFalse(ingester.accepts(MediaType.text("x-web-markdown")));
        assertFalse(ingester.accepts(MediaType.application("pdf")));
        assertFalse(ingester.accepts(MediaType.application("vnd.openxmlformats-officedocument.spreadsheetml.sheet")));
    }

    private static Page single(List<Page> pages) {
        assertEquals(1, pages.size());
        return pages.get(0);
    }

    private static List<String> texts(List<Line> lines) {
        return lines.stream().map(Line::text).toList();
    }

    private static void assertHeading(int level, String text, Block block) {
        Heading heading = assertInstanceOf(Heading.class, block);
        assertEquals(level, heading.level());
        assertEquals(text, heading.text());
    }

    private static void assertItem(String marker, String text, Block block) {
        ListItem item = assertInstanceOf(ListItem.class, block);
        assertEquals(marker, item.marker());
        assertEquals(text, item.text());
    }
}
