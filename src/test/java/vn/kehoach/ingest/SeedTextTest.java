package vn.kehoach.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.Test;
import vn.kehoach.model.Block;
import vn.kehoach.model.Heading;
import vn.kehoach.model.Line;
import vn.kehoach.model.ListItem;
import vn.kehoach.model.Page;
import vn.kehoach.model.Paragraph;
import vn.kehoach.model.Table;
import vn.kehoach.model.TableCell;
import vn.kehoach.model.TableRow;

/** The two seed documents in ../shared/seeds: a typed plan in Markdown and a raw OCR text dump. */
class SeedTextTest {

    private static final Path SEEDS = Path.of("..", "shared", "seeds");

    private final PlainTextIngester ingester = new PlainTextIngester();

    @Test
    void markdownPlanGivesHeadingsListItemsAndBoldSignature() throws Exception {
        List<Block> blocks = read("003_d32fa857c2e670e8.txt");

        List<Heading> headings = only(Heading.class, blocks);
        assertEquals(List.of("KẾ HOẠCH",
                "Triển khai hoạt động hỗ trợ xã Xuân Chinh, huyện Thường Xuân thực hiện Chương trình giảm nghèo "
                    + "nhanh và bền vững năm 2020",
                "I. MỤC ĐÍCH, YÊU CẦU", "II. NHIỆM VỤ VÀ GIẢI PHÁP", "1. Nhiệm vụ", "2. Giải pháp",
                "III. KINH PHÍ THỰC HIỆN", "V. TỔ CHỨC THỰC HIỆN"),
            headings.stream().map(Heading::text).toList());
        assertEquals(List.of(2, 3, 4, 4, 5, 5, 3, 3), headings.stream().map(Heading::level).toList());
        assertEquals(3, headings.get(0).lines().get(0).provenance().line());
        assertTrue(headings.get(2).lines().get(0).style().bold(), "**I. ...** is bold");

        List<ListItem> items = only(ListItem.class, blocks);
        assertEquals(24, items.size());
        assertEquals(7, items.stream().filter(i -> i.marker().matches("\\d\\.")).count());
        assertEquals(17, items.stream().filter(i -> i.marker().equals("-")).count());
        assertEquals("- Lưu: VT, KHTC. NMNgan", items.get(23).text());
        assertEquals(69, items.get(23).lines().get(0).provenance().line());

        Paragraph signature = assertInstanceOf(Paragraph.class, blocks.get(blocks.size() - 2));
        assertEquals(List.of("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"), signature.lines().stream().map(Line::text).toList());
        assertTrue(signature.lines().stream().allMatch(l -> l.style().bold()), "bold runs over the hard line break");
        assertEquals("Nguyễn Bá Cẩn", blocks.get(blocks.size() - 1).text());
    }

    @Test
    void ocrDumpGivesItsTwoTablesSplitIntoCells() throws Exception {
        List<Block> blocks = read("000_42799c9b6627e624.txt");
        List<Table> tables = only(Table.class, blocks);
        assertEquals(2, tables.size());

        Table insurance = tables.get(0);
        assertEquals(19, insurance.rows().size());
        assertEquals(List.of("1", "Khuphd1l 850", "g", "8797 850", "806 95 46"), cells(row(insurance, 68)));
        assertEquals(List.of("3", "KhuPhb3 1265", "1.112", "87.97", ".1265", "1203 95 64"), cells(row(insurance, 70)));
        assertEquals(List.of("Nhan"), cells(row(insurance, 73)), "the wrapped end of a cell is kept as a one-cell row");
        assertEquals(62, insurance.allLines().get(0).provenance().line());
        assertEquals(84, insurance.allLines().get(insurance.allLines().size() - 1).provenance().line());

        Table poverty = tables.get(1);
        assertEquals(101, poverty.allLines().get(0).provenance().line());
        assertEquals(List.of("5", "KPNhanLo", "3411 ,", "59", "5", "gs9", "34", "5", "oso", "L", "2", "os59"),
            cells(row(poverty, 118)));
        assertEquals(List.of("ST", "Donvi", "Téngsd", "Téng", ". .", "oo", "", "ons", "Téng", "Ty", "s6", "vS", "", "s"),
            cells(row(poverty, 101)), "an empty cell between two pipes stays in its column");
    }

    @Test
    void ocrDumpKeepsParagraphLinesAndListItems() throws Exception {
        List<Block> blocks = read("000_42799c9b6627e624.txt");
        ListItem bullet = only(ListItem.class, blocks).stream()
            .filter(i -> i.text().startsWith("- Thi trAn Thanh")).findFirst().orElseThrow();
        assertEquals("-", bullet.marker());
        assertEquals(List.of(47, 48, 49), bullet.lines().stream().map(l -> l.provenance().line()).toList());
        ListItem numbered = only(ListItem.class, blocks).stream()
            .filter(i -> i.text().startsWith("2.1.1 ")).findFirst().orElseThrow();
        assertEquals("2.1.1", numbered.marker());
    }

    private List<Block> read(String seed) throws Exception {
        Path file = SEEDS.resolve(seed);
        if (!Files.isRegularFile(file)) {
            fail("seed " + file.toAbsolutePath().normalize() + " is missing: the tests expect shared/ beside the repository");
        }
        List<Page> pages = ingester.ingest(file, MediaType.TEXT_PLAIN, seed);
        assertEquals(1, pages.size());
        return pages.get(0).blocks();
    }

    private static <T extends Block> List<T> only(Class<T> type, List<Block> blocks) {
        return blocks.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static TableRow row(Table table, int lineNumber) {
        return table.rows().stream()
            .filter(r -> r.cells().stream().anyMatch(c -> !c.lines().isEmpty()
                && c.lines().get(0).provenance().line() == lineNumber))
            .findFirst().orElseThrow(() -> new AssertionError("no row from line " + lineNumber));
    }

    private static List<String> cells(TableRow row) {
        return row.cells().stream().map(TableCell::text).toList();
    }
}
