package vn.kehoach.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.kehoach.model.CellType;
import vn.kehoach.model.DataCell;
import vn.kehoach.model.DataTable;
import vn.kehoach.model.Provenance;
import vn.kehoach.model.SourceKind;

class TableTyperTest {

    private static final Provenance WHERE = new Provenance(SourceKind.PLAIN, 1, 1, null, 1.0);

    /**
     * The shape of a corpus document (a land-price table of Decree 61-CP) that once made typing throw: a
     * numeric column where one kind of value (here percents) occurs only as zero, so it has no median.
     */
    @Test
    void aKindOfValueThatIsOnlyEverZeroIsNotJudged() {
        DataTable table = TableTyper.type(raw(
            new String[] {"1", "Đất hạng 1", "1.200"},
            new String[] {"2", "Đất hạng 2", "950"},
            new String[] {"3", "Đất hạng 3", "700"},
            new String[] {"4", "Đất hạng 4", "0%"}), "t1", null);
        assertEquals(CellType.INTEGER, table.columns().get(2).type());
        DataCell zero = table.rows().get(3).cells().get(2);
        assertEquals(CellType.PERCENT, zero.type());
        assertEquals(1.0, zero.confidence(), "a zero is never an outlier");
        assertEquals(1.0, table.rows().get(0).cells().get(2).confidence());
    }

    private static RawTable raw(String[]... rows) {
        List<List<CellText>> cells = Arrays.stream(rows)
            .map(row -> Arrays.stream(row).map(text -> new CellText(text, WHERE, 1.0)).toList()).toList();
        return new RawTable(List.of(List.of("TT"), List.of("Hạng đất"), List.of("Giá")), cells, 1, 1);
    }
}
