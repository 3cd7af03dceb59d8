package vn.kehoach.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.kehoach.extract.TableTestSupport.assertValue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.model.CellType;
import vn.kehoach.model.DataColumn;
import vn.kehoach.model.DataRow;
import vn.kehoach.model.DataTable;

/** Markdown tables in plain text, one continued over a form feed (a page break in text dumps). */
class PlainTablesTest {

    @TempDir
    Path dir;

    @Test
    void aTableContinuedOnTheNextPageIsOneTable() throws Exception {
        Path file = Files.writeString(dir.resolve("ke-hoach.md"), """
            Chỉ tiêu bảo hiểm y tế năm 2023 như sau:

            | STT | Đơn vị | Số thẻ BHYT | Tỷ lệ (%) |
            |---|---|---|---|
            | 1 | Xã An | 1.250 | 87,97 |
            | 2 | Xã Bình | 980 | 91,5 |
            \f| 3 | Xã Châu | 1.012 | 90,05 |
            | | Toàn huyện | 3.242 | 89,6 |

            Trên đây là kế hoạch.
            """, StandardCharsets.UTF_8);
        List<DataTable> tables = TableTestSupport.extract(file).tables();
        assertEquals(1, tables.size());
        DataTable t = tables.get(0);
        assertEquals("Chỉ tiêu bảo hiểm y tế năm 2023 như sau:", t.caption());
        assertEquals(List.of(List.of("STT"), List.of("Đơn vị"), List.of("Số thẻ BHYT"), List.of("Tỷ lệ (%)")),
            t.columns().stream().map(DataColumn::path).toList());
        assertEquals(List.of(CellType.INTEGER, CellType.TEXT, CellType.INTEGER, CellType.PERCENT),
            t.columns().stream().map(DataColumn::type).toList());
        assertEquals(List.of(false, false, false, true), t.rows().stream().map(DataRow::isTotal).toList());
        assertEquals(List.of(1, 1, 2, 2), t.rows().stream().map(r -> r.cells().get(2).provenance().page()).toList());
        assertValue("1012", t.rows().get(2).cells().get(2));
        assertValue("91.5", t.rows().get(1).cells().get(3));
        assertEquals(1, t.rows().get(1).cells().get(3).decimals());
        TableTestSupport.assertMatchesSchema(t);
    }

    @Test
    void aHeadingRightAboveIsTheCaption() throws Exception {
        Path file = Files.writeString(dir.resolve("phu-luc.md"), """
            ## Phụ lục 2. Kinh phí thực hiện

            | Nội dung | Kinh phí (triệu đồng) |
            |---|---|
            | Tập huấn | 12,5 |
            | Tuyên truyền | 7 |
            """, StandardCharsets.UTF_8);
        DataTable t = TableTestSupport.extract(file).tables().get(0);
        assertEquals("Phụ lục 2. Kinh phí thực hiện", t.caption());
        assertEquals(CellType.MONEY, t.columns().get(1).type(), "the header names the unit");
        assertEquals("triệu đồng", t.columns().get(1).unit());
        assertEquals(CellType.DECIMAL, t.rows().get(0).cells().get(1).type(), "a cell is typed as printed");
        TableTestSupport.assertMatchesSchema(t);
    }

    @Test
    void aTableOfTextHasOneHeaderRow() throws Exception {
        Path file = Files.writeString(dir.resolve("phan-cong.md"), """
            | Nội dung | Đơn vị chủ trì | Thời gian |
            |---|---|---|
            | Tuyên truyền | Đài truyền thanh | Quý I |
            | Rà soát hộ nghèo | Công chức LĐTBXH | Tháng 10 |
            | Tổng kết | Văn phòng UBND | Tháng 12 |
            """, StandardCharsets.UTF_8);
        DataTable t = TableTestSupport.extract(file).tables().get(0);
        assertEquals(List.of(List.of("Nội dung"), List.of("Đơn vị chủ trì"), List.of("Thời gian")),
            t.columns().stream().map(DataColumn::path).toList());
        assertEquals(3, t.rows().size());
        assertEquals(List.of(CellType.TEXT, CellType.TEXT, CellType.TEXT), t.columns().stream().map(DataColumn::type).toList());
    }
}
