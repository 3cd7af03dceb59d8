package vn.kehoach.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import vn.kehoach.pipeline.InputException;

class PlainTextIngesterTest {

    @TempDir
    Path dir;

    private final PlainTextIngester ingester = new PlainTextIngester();

    @Test
    void markdownTableDropsItsSeparatorRowAndStripsEmphasis() throws Exception {
        List<Block> blocks = blocks("""
            | STT | **Nội dung** | Kinh phí |
            |:---:|---|---:|
            | 1 | Khám bệnh | 50 \\| 60 |
            """);
        Table table = assertInstanceOf(Table.class, blocks.get(0));
        assertEquals(2, table.rows().size());
        assertEquals(List.of("STT", "Nội dung", "Kinh phí"), cellTexts(table, 0));
        assertEquals(List.of("1", "Khám bệnh", "50 | 60"), cellTexts(table, 1));
        Line bold = table.rows().get(0).cells().get(1).lines().get(0);
        assertTrue(bold.style().bold());
        assertEquals(3, table.rows().get(1).cells().get(0).lines().get(0).provenance().line());
    }

    @Test
    void aGapIsNotBridgedIntoANewMarkdownTable() throws Exception {
        List<Block> blocks = blocks("""
            | a | b |
            |---|---|
            | 1 | 2 |

            | c | d |
            |---|---|
            """);
        assertEquals(2, blocks.size());
        assertEquals(List.of("c", "d"), cellTexts(assertInstanceOf(Table.class, blocks.get(1)), 0));
    }

    @Test
    void oneLineWithPipesIsNoTable() throws Exception {
        List<Block> blocks = blocks("Tổng số | 850 hộ\n\nhết\n");
        assertEquals("Tổng số | 850 hộ", assertInstanceOf(Paragraph.class, blocks.get(0)).text());
    }

    @Test
    void headingsParagraphsAndListItemsKeepFileLineNumbers() throws Exception {
        List<Block> blocks = blocks("""
            # **KẾ HOẠCH** #

            Thực hiện công văn số 9758
            của UBND tỉnh Thanh Hóa.
            a) Rà soát hộ nghèo
            còn lại
            • Tuyên truyền
            + Kiểm tra
            * Giám sát
            """);
        Heading heading = assertInstanceOf(Heading.class, blocks.get(0));
        assertEquals(1, heading.level());
        assertEquals("KẾ HOẠCH", heading.text());
        assertTrue(heading.lines().get(0).style().bold());

        Paragraph paragraph = assertInstanceOf(Paragraph.class, blocks.get(1));
        assertEquals(List.of("Thực hiện công văn số 9758", "của UBND tỉnh Thanh Hóa."), texts(paragraph.lines()));
        assertEquals(List.of(3, 4), paragraph.lines().stream().map(l -> l.provenance().line()).toList());
        assertNull(paragraph.lines().get(0).style());

        ListItem lettered = assertInstanceOf(ListItem.class, blocks.get(2));
        assertEquals("a)", lettered.marker());
        assertEquals(List.of("a) Rà soát hộ nghèo", "còn lại"), texts(lettered.lines()));
        assertEquals(List.of("•", "+", "*"), blocks.subList(3, 6).stream().map(b -> ((ListItem) b).marker()).toList());
    }

    @Test
    void formFeedStartsAPageAndLineNumbersStayThoseOfTheFile() throws Exception {
        List<Page> pages = ingester.ingest(write("Trang một\n\fTrang hai\ndòng ba\n\f\n"), MediaType.TEXT_PLAIN, "dump.txt");
        assertEquals(2, pages.size(), "the form feed that ends the last page opens no page");
        assertEquals(List.of(2), pages.stream().skip(1).map(Page::number).toList());
        Block second = pages.get(1).blocks().get(0);
        assertEquals(List.of("Trang hai", "dòng ba"), texts(second.allLines()));
        assertEquals(List.of(2, 3), second.allLines().stream().map(l -> l.provenance().line()).toList());
        assertEquals(2, second.allLines().get(0).provenance().page());
        assertEquals(SourceKind.PLAIN, pages.get(1).kind());
    }

    @Test
    void byteOrderMarksDecideTheCharsetAndAreDropped() throws Exception {
        ByteArrayOutputStream utf8 = new ByteArrayOutputStream();
        utf8.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        utf8.write("Kế hoạch".getBytes(StandardCharsets.UTF_8));
        assertEquals("Kế hoạch", firstText(Files.write(dir.resolve("bom8.txt"), utf8.toByteArray())));

        ByteArrayOutputStream utf16 = new ByteArrayOutputStream();
        utf16.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
        utf16.write("Kế hoạch\r\nsố 25".getBytes(StandardCharsets.UTF_16LE));
        Block block = blockOf(Files.write(dir.resolve("bom16.txt"), utf16.toByteArray()));
        assertEquals(List.of("Kế hoạch", "số 25"), texts(block.allLines()));
    }

    @Test
    void textThatIsNotUtf8IsDecodedByDetection() throws Exception {
        String french = "Le conseil a décidé que la réunion aura lieu à la mairie; le préfet présidera la séance.";
        Path file = Files.write(dir.resolve("latin1.txt"), french.getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(french, firstText(file));
    }

    @Test
    void underscoresOfAFormBlankAreNotEmphasis() throws Exception {
        List<Line> lines = blocks("Số: ____/KH-UBND và __ghi chú__\n\n__Nơi nhận:__\n").stream()
            .map(b -> b.allLines().get(0)).toList();
        assertEquals(List.of("Số: ____/KH-UBND và ghi chú", "Nơi nhận:"), texts(lines));
        assertNull(lines.get(0).style(), "partly emphasised");
        assertTrue(lines.get(1).style().bold());
    }

    @Test
    void fileOverTheSizeLimitIsRefused() throws Exception {
        Path file = write("Kế hoạch số 25/KH-UBND\n");
        InputException e = assertThrows(InputException.class,
            () -> new PlainTextIngester(10).ingest(file, MediaType.TEXT_PLAIN, "big.txt"));
        assertEquals(InputException.Reason.UNREADABLE, e.reason());
        assertTrue(e.getMessage().contains("more than the 10"), e.getMessage());
    }

    @Test
    void acceptsPlainTextAndMarkdownOnly() {
        assertTrue(ingester.accepts(MediaType.parse("text/plain; charset=UTF-8")));
        assertTrue(ingester.accepts(MediaType.text("markdown")));
        assertTrue(ingester.accepts(MediaType.text("x-web-markdown")));
        assertFalse(ingester.accepts(MediaType.text("html")));
        assertFalse(ingester.accepts(MediaType.application("xhtml+xml")));
        assertFalse(ingester.accepts(MediaType.application("rtf")));
    }

    private Path write(String text) throws Exception {
        return Files.writeString(dir.resolve("plan.txt"), text, StandardCharsets.UTF_8);
    }

    private List<Block> blocks(String text) throws Exception {
        List<Page> pages = ingester.ingest(write(text), MediaType.TEXT_PLAIN, "plan.txt");
        assertEquals(1, pages.size());
        return pages.get(0).blocks();
    }

    private Block blockOf(Path file) throws Exception {
        return ingester.ingest(file, MediaType.TEXT_PLAIN, file.getFileName().toString()).get(0).blocks().get(0);
    }

    private String firstText(Path file) throws Exception {
        return blockOf(file).allLines().get(0).text();
    }

    private static List<String> texts(List<Line> lines) {
        return lines.stream().map(Line::text).toList();
    }

    private static List<String> cellTexts(Table table, int row) {
        return table.rows().get(row).cells().stream().map(TableCell::text).toList();
    }
}
