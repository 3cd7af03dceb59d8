package vn.kehoach.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static vn.kehoach.extract.TableTestSupport.assertValue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.model.CellType;
import vn.kehoach.model.DataCell;
import vn.kehoach.model.DataRow;
import vn.kehoach.model.DataTable;

/**
 * A real Markdown table from the shared corpus (read at test time, never copied): the land-price worked
 * example of Nghị định 226/2025/NĐ-CP, whose converter dropped the cells under merged order numbers, so
 * the "Tỷ lệ" rows come out one cell short.
 */
class CorpusMarkdownTableTest {

    private static final Path CORPUS = Path.of("..", "shared", "corpus", "corpus-05.txt");
    private static final String HEADER = "| TT | Yếu tố so sánh |";

    @TempDir
    Path dir;

    @Test
    void landPriceTableIsTypedWithShortRowsRealigned() throws Exception {
        DataTable t = TableTestSupport.extract(documentHolding(HEADER)).tables().stream()
            .filter(x -> x.caption() != null && x.caption().startsWith("b) Việc điều chỉnh giá của các thửa đất so sánh"))
            .findFirst().orElseThrow();
        assertEquals(List.of("Yếu tố so sánh"), t.columns().get(1).path());
        assertEquals(List.of("Thửa đất so sánh số 1"), t.columns().get(3).path());

        DataRow value = row(t, "Giá trị thửa đất, thửa đất có tài sản gắn liền với đất chuyển nhượng, trúng đấu giá (đồng)");
        assertValue("5160000000", value.cells().get(3));
        assertEquals(CellType.EMPTY, value.cells().get(2).type());

        DataRow adjustment = t.rows().stream().filter(r -> r.cells().get(1).raw().equals("Tỷ lệ điều chỉnh")).findFirst().orElseThrow();
        assertEquals("", adjustment.cells().get(0).raw(), "the covered order cell is put back at the left");
        DataCell share = adjustment.cells().get(3);
        assertEquals("-0,99%", share.raw());
        assertEquals(CellType.PERCENT, share.type());
        assertValue("-0.99", share);
        assertEquals(2, share.decimals());
        DataRow level = t.rows().stream().filter(r -> r.cells().get(1).raw().startsWith("Mức điều chỉnh")).findFirst().orElseThrow();
        assertValue("-425743", level.cells().get(3));

        assertEquals("100 m 2", row(t, "Diện tích").cells().get(2).raw());
        assertTrue(t.rows().stream().noneMatch(DataRow::isTotal), "a worked example has no total row");
        TableTestSupport.assertMatchesSchema(t);
    }

    private static DataRow row(DataTable t, String label) {
        return t.rows().stream().filter(r -> r.cells().get(1).raw().equals(label)).findFirst().orElseThrow();
    }

    /** The corpus document that holds the line, written to a file of its own. */
    private Path documentHolding(String line) throws Exception {
        if (!Files.isRegularFile(CORPUS)) {
            fail("corpus " + CORPUS.toAbsolutePath().normalize() + " is missing: the tests expect shared/ beside the repository");
        }
        List<String> lines = Files.readAllLines(CORPUS, StandardCharsets.UTF_8);
        int at = 0;
        while (!lines.get(at).startsWith(line)) {
            at++;
        }
        int start = at;
        while (!lines.get(start).startsWith("=== DOC")) {
            start--;
        }
        int end = at;
        while (end < lines.size() && !lines.get(end).startsWith("=== DOC")) {
            end++;
        }
        return Files.write(dir.resolve("doc.txt"), lines.subList(start + 1, end), StandardCharsets.UTF_8);
    }
}
