package vn.kehoach.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.kehoach.extract.TableTestSupport.assertValue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.kehoach.model.CellType;
import vn.kehoach.model.DataCell;
import vn.kehoach.model.DataColumn;
import vn.kehoach.model.DataRow;
import vn.kehoach.model.DataTable;
import vn.kehoach.model.SourceKind;
import vn.kehoach.normalize.VietnameseText;

/** The raw English-model OCR dump of seed 000 and its two annex tables, read without any text repair. */
class SeedOcrDumpTablesTest {

    private static List<DataTable> tables;

    @BeforeAll
    static void extract() throws Exception {
        tables = TableTestSupport.extract(Path.of("samples", "seed-000-ocr-dump.txt")).tables();
    }

    @Test
    void findsBothAnnexTablesWithTenUnitsAndATotal() {
        assertEquals(2, tables.size());
        for (DataTable table : tables) {
            assertEquals(11, table.rows().size(), table.id());
            assertEquals(List.of(10), IntStream.range(0, 11).filter(r -> table.rows().get(r).isTotal()).boxed().toList(), table.id() + ": only the last row is the total");
            TableTestSupport.assertMatchesSchema(table);
        }
        assertEquals("t1", tables.get(0).id());
        // Compared without marks: the diacritic repair that runs before tables may improve the words, not move them.
        assertEquals("cu the chi tieu phat trien bao hiem y te dat ty le 95% toan thi trean:", plain(tables.get(0).caption()));
        assertEquals("cu the nhu sau:", plain(tables.get(1).caption()));
    }

    @Test
    void insuranceTableColumnsAreTypedAndParsed() {
        DataTable t = tables.get(0);
        assertEquals(List.of(CellType.INTEGER, CellType.TEXT, CellType.INTEGER, CellType.INTEGER, CellType.DECIMAL,
            CellType.INTEGER, CellType.INTEGER, CellType.INTEGER, CellType.INTEGER), t.columns().stream().map(DataColumn::type).toList());
        assertEquals(decimals("850", "841", "1265", null, "1059", "721", "758", "819", "620", "575", "8526"), TableTestSupport.column(t, 2));
        assertEquals(decimals("806", "799", "1203", "967", "1006", "690", "720", "779", "589", "546", "8099"), TableTestSupport.column(t, 6));
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), IntStream.range(0, 8).map(r -> t.rows().get(r).cells().get(0).value().intValue())
            .boxed().toList(), "order numbers");
        DataCell percent = t.rows().get(1).cells().get(4);
        assertValue("87.97", percent);
        assertEquals(2, percent.decimals());
        assertEquals(1.0, percent.confidence());
    }

    @Test
    void wrappedLabelsAreJoinedToTheirRow() {
        List<String> labels = tables.get(0).rows().stream().map(r -> r.cells().get(1).raw()).toList();
        assertEquals("kpthanh nhan", plain(labels.get(3)));
        assertEquals("kp ha luong", plain(labels.get(7)));
        assertEquals("kp phung cong", plain(labels.get(8)));
        assertFalse(tables.get(0).rows().get(8).isTotal(), "a unit named Công is not a total");
    }

    @Test
    void ocrNoiseIsKeptRawAndDoubted() {
        List<DataRow> rows = tables.get(0).rows();
        DataCell lostNumber = rows.get(0).cells().get(3);
        assertEquals("g", lostNumber.raw());
        assertNull(lostNumber.value());
        assertEquals(CellType.TEXT, lostNumber.type());
        assertTrue(lostNumber.confidence() <= 0.3);

        DataCell lostSeparator = rows.get(0).cells().get(4);
        assertEquals("8797", lostSeparator.raw());
        assertValue("8797", lostSeparator);
        assertTrue(lostSeparator.confidence() < 0.5, "8797 among 87.97 is doubted, not repaired");

        DataCell strayMark = rows.get(2).cells().get(5);
        assertEquals(".1265", strayMark.raw());
        assertValue("1265", strayMark);
        assertTrue(strayMark.confidence() < 1);

        DataCell grouped = rows.get(4).cells().get(6);
        assertEquals("1.006", grouped.raw());
        assertValue("1006", grouped);
        assertTrue(grouped.confidence() < 1, "a grouping dot in a column that prints 1203 without one is doubted");

        DataCell damagedOrder = rows.get(8).cells().get(0);
        assertEquals("g", damagedOrder.raw());
        assertNull(damagedOrder.value());
    }

    @Test
    void totalRowsKeepTheirDamagedLabelAndFigures() {
        DataRow total = tables.get(0).rows().get(10);
        assertEquals("tth‘;“g cong toan", plain(total.cells().get(1).raw()));
        assertEquals(CellType.EMPTY, total.cells().get(0).type());
        assertValue("7489", total.cells().get(3));
        assertValue("8099", total.cells().get(6));
        assertValue("422", total.cells().get(8));

        DataTable poverty = tables.get(1);
        assertEquals(13, poverty.columns().size(), "order, unit and eleven figures");
        DataRow povertyTotal = poverty.rows().get(10);
        assertValue("2567", povertyTotal.cells().get(2));
        assertValue("34", povertyTotal.cells().get(5));
        assertEquals("kp pun son", plain(poverty.rows().get(9).cells().get(1).raw()));
        assertValue("3.14", poverty.rows().get(3).cells().get(10));
    }

    @Test
    void cellsPointBackToTheirLineInTheDump() {
        DataCell first = tables.get(0).rows().get(0).cells().get(2);
        assertEquals(SourceKind.PLAIN, first.provenance().kind());
        assertEquals(68, first.provenance().line());
        assertEquals(84, tables.get(0).rows().get(10).cells().get(2).provenance().line());
    }

    private static List<BigDecimal> decimals(String... values) {
        return Arrays.stream(values).map(v -> v == null ? null : new BigDecimal(v)).toList();
    }

    private static String plain(String text) {
        return VietnameseText.removeAccents(text).toLowerCase(Locale.ROOT);
    }
}
