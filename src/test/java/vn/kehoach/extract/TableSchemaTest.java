package vn.kehoach.extract;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.kehoach.model.CellType;
import vn.kehoach.model.DataCell;
import vn.kehoach.model.DataColumn;
import vn.kehoach.model.DataRow;
import vn.kehoach.model.DataTable;
import vn.kehoach.model.Provenance;
import vn.kehoach.model.SourceKind;

/** The schema rejects what the model must never write, so that passing it in other tests means something. */
class TableSchemaTest {

    private static final Provenance WHERE = new Provenance(SourceKind.PLAIN, 1, 3, null, 1.0);

    @Test
    void acceptsATypedTable() {
        TableTestSupport.assertMatchesSchema(table(new DataCell("1.112", new BigDecimal("1112"), 0, null, CellType.INTEGER, 0.7, WHERE)));
    }

    @Test
    void refusesANumberWithoutItsValue() {
        DataTable broken = table(new DataCell("1.112", null, null, null, CellType.INTEGER, 1.0, WHERE));
        assertThrows(AssertionError.class, () -> TableTestSupport.assertMatchesSchema(broken));
    }

    @Test
    void refusesMoneyWithoutItsUnit() {
        DataTable broken = table(new DataCell("12,5", new BigDecimal("12.5"), 1, null, CellType.MONEY, 1.0, WHERE));
        assertThrows(AssertionError.class, () -> TableTestSupport.assertMatchesSchema(broken));
    }

    private static DataTable table(DataCell cell) {
        return new DataTable("t1", null, List.of(new DataColumn(List.of("Số hộ"), CellType.INTEGER, null)),
            List.of(new DataRow(List.of(cell), false)));
    }
}
