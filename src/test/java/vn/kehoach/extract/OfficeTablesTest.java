package vn.kehoach.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.kehoach.extract.TableTestSupport.assertValue;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import vn.kehoach.model.CellType;
import vn.kehoach.model.DataColumn;
import vn.kehoach.model.DataRow;
import vn.kehoach.model.DataTable;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.SourceKind;
import vn.kehoach.model.Table;

/** Tables whose cells the source knows: Word and HTML, with merged header cells. */
class OfficeTablesTest {

    private static final List<List<String>> POVERTY_PATHS = List.of(
        List.of("STT"), List.of("Đơn vị"),
        List.of("Hộ nghèo", "Số hộ"), List.of("Hộ nghèo", "Tỷ lệ %"),
        List.of("Hộ cận nghèo", "Số hộ"), List.of("Hộ cận nghèo", "Tỷ lệ %"));

    @TempDir
    Path dir;

    @Test
    void theDocxSamplesSignatureTableIsLayoutNotData() throws Exception {
        PlanDocument doc = TableTestSupport.extract(Path.of("samples", "seed-003.docx"));
        assertEquals(1, doc.pages().stream().flatMap(p -> p.blocks().stream()).filter(Table.class::isInstance).count(),
            "the closing 1x2 table is there as a block");
        assertEquals(List.of(), doc.tables(), "one row of Nơi nhận beside the signer is no data table");
    }

    @Test
    void twoRowMergedWordHeaderBecomesHeaderPaths() throws Exception {
        Path file = dir.resolve("ho-ngheo.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText("Cụ thể như sau:");
            XWPFTable table = doc.createTable(5, 6);
            String[][] texts = {
                {"STT", "Đơn vị", "Hộ nghèo", "", "Hộ cận nghèo", ""},
                {"", "", "Số hộ", "Tỷ lệ %", "Số hộ", "Tỷ lệ %"},
                {"1", "Khu phố 1", "8", "0,31", "34", "1,32"},
                {"2", "Khu phố 2", "1.112", "2,5", "12", "0,5"},
                {"", "Tổng cộng", "1.120", "2,81", "46", "1,82"}};
            for (int r = 0; r < texts.length; r++) {
                for (int c = 0; c < 6; c++) {
                    table.getRow(r).getCell(c).setText(texts[r][c]);
                }
            }
            // "Hộ nghèo" and "Hộ cận nghèo" over two columns each, "STT" and "Đơn vị" down two rows.
            table.getRow(0).getCell(2).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.TWO);
            table.getRow(0).getCell(4).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.TWO);
            table.getRow(0).removeCell(5);
            table.getRow(0).removeCell(3);
            for (int c = 0; c < 2; c++) {
                table.getRow(0).getCell(c).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
                table.getRow(1).getCell(c).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.CONTINUE);
            }
            doc.write(out);
        }
        DataTable t = onlyTable(file);
        assertEquals(POVERTY_PATHS, t.columns().stream().map(DataColumn::path).toList());
        assertPovertyBody(t);
        assertEquals("Cụ thể như sau:", t.caption());
        assertEquals(SourceKind.OFFICE, t.rows().get(0).cells().get(2).provenance().kind());
    }

    @Test
    void htmlRowspanAndColspanBecomeHeaderPathsAndTheColumnNumbersAreNoData() throws Exception {
        Path file = dir.resolve("ho-ngheo.html");
        Files.writeString(file, """
            <html><head><meta charset="utf-8"><title>Kế hoạch</title></head><body>
            <p><b>Bảng 2. Hộ nghèo theo khu phố</b></p>
            <table>
            <tr><th rowspan="2">STT</th><th rowspan="2">Đơn vị</th><th colspan="2">Hộ nghèo</th><th colspan="2">Hộ cận nghèo</th></tr>
            <tr><th>Số hộ</th><th>Tỷ lệ %</th><th>Số hộ</th><th>Tỷ lệ %</th></tr>
            <tr><td>A</td><td>B</td><td>(1)</td><td>(2)</td><td>(3)</td><td>(4)</td></tr>
            <tr><td>1</td><td>Khu phố 1</td><td>8</td><td>0,31</td><td>34</td><td>1,32</td></tr>
            <tr><td>2</td><td>Khu phố 2</td><td>1.112</td><td>2,5</td><td>12</td><td>0,5</td></tr>
            <tr><td></td><td>Tổng cộng</td><td>1.120</td><td>2,81</td><td>46</td><td>1,82</td></tr>
            </table></body></html>
            """, StandardCharsets.UTF_8);
        DataTable t = onlyTable(file);
        assertEquals(POVERTY_PATHS, t.columns().stream().map(DataColumn::path).toList());
        assertPovertyBody(t);
        assertEquals("Bảng 2. Hộ nghèo theo khu phố", t.caption());
    }

    @Test
    void aTotalRowIsFoundByItsSumsWhenItsLabelSaysNothing() throws Exception {
        Path file = dir.resolve("kinh-phi.html");
        Files.writeString(file, """
            <html><head><meta charset="utf-8"></head><body><table>
            <tr><th>Nội dung</th><th>Kinh phí</th><th>Số lớp</th></tr>
            <tr><td>Tập huấn</td><td>12,5 triệu đồng</td><td>3</td></tr>
            <tr><td>Tuyên truyền</td><td>7,25 triệu đồng</td><td>4</td></tr>
            <tr><td>Kiểm tra</td><td>5 triệu đồng</td><td>2</td></tr>
            <tr><td>Ba nội dung</td><td>24,75 triệu đồng</td><td>9</td></tr>
            </table></body></html>
            """, StandardCharsets.UTF_8);
        DataTable t = onlyTable(file);
        assertEquals(List.of(CellType.TEXT, CellType.MONEY, CellType.INTEGER), t.columns().stream().map(DataColumn::type).toList());
        assertEquals(List.of(false, false, false, true), t.rows().stream().map(DataRow::isTotal).toList());
        assertEquals("triệu đồng", t.rows().get(0).cells().get(1).unit());
        assertEquals("triệu đồng", t.columns().get(1).unit());
        assertValue("24.75", t.rows().get(3).cells().get(1));
    }

    private static void assertPovertyBody(DataTable t) {
        assertEquals(List.of(CellType.INTEGER, CellType.TEXT, CellType.INTEGER, CellType.PERCENT, CellType.INTEGER, CellType.PERCENT),
            t.columns().stream().map(DataColumn::type).toList(), "a Tỷ lệ % header makes decimals a percent column");
        assertEquals(3, t.rows().size());
        assertEquals(List.of(false, false, true), t.rows().stream().map(DataRow::isTotal).toList());
        assertValue("1112", t.rows().get(1).cells().get(2));
        assertValue("0.31", t.rows().get(0).cells().get(3));
        assertEquals(2, t.rows().get(0).cells().get(3).decimals());
        assertEquals("Tổng cộng", t.rows().get(2).cells().get(1).raw());
        assertNull(t.rows().get(2).cells().get(0).value());
        assertTrue(t.rows().stream().flatMap(r -> r.cells().stream()).allMatch(c -> c.confidence() == 1.0),
            "typed office text is trusted: the one grouping dot has no undotted large number beside it");
        TableTestSupport.assertMatchesSchema(t);
    }

    private static DataTable onlyTable(Path file) throws Exception {
        List<DataTable> tables = TableTestSupport.extract(file).tables();
        assertEquals(1, tables.size());
        return tables.get(0);
    }
}
