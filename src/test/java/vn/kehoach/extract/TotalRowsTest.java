package vn.kehoach.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.kehoach.model.DataCell;
import vn.kehoach.model.Provenance;
import vn.kehoach.model.SourceKind;

class TotalRowsTest {

    private static final Provenance WHERE = new Provenance(SourceKind.PLAIN, 1, 1, null, 1.0);

    @ParameterizedTest
    @ValueSource(strings = {"Tổng cộng", "TỔNG CỘNG", "Tổng", "Cộng", "Cộng:", "Toàn xã", "Toàn huyện", "Toàn tỉnh",
        "Cả huyện", "tong cong toan", "tTh‘;“g cong toan", "Cộng toàn thị trấn", "Tổng cộng toàn huyện"})
    void labelsOfTotals(String label) {
        List<List<DataCell>> rows = rows(new String[] {"1", "Xã An", "12"}, new String[] {"2", "Xã Bình", "30"},
            new String[] {"", label, "41"});
        assertTrue(TotalRows.find(rows, true)[2], label);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tổng kết", "Công an xã", "Cộng đồng dân cư", "Tổng hợp báo cáo", "Xã Đông Cộng"})
    void labelsThatOnlyStartLikeATotal(String label) {
        List<List<DataCell>> rows = rows(new String[] {"1", "Xã An", "12"}, new String[] {"2", label, "30"},
            new String[] {"3", "Xã Bình", "41"});
        assertFalse(TotalRows.find(rows, true)[1], label);
    }

    @Test
    void aUnitNamedCongWithItsOrderNumberIsNoTotal() {
        List<List<DataCell>> rows = rows(new String[] {"1", "Khu phố Bắc", "12"}, new String[] {"9", "KP Phùng Công", "30"},
            new String[] {"10", "KP Nam", "41"});
        assertFalse(TotalRows.find(rows, true)[1]);
        List<List<DataCell>> unnumbered = rows(new String[] {"1", "Khu phố Bắc", "12"}, new String[] {"2", "KP Nam", "41"},
            new String[] {"", "xx3 Cong", "30"});
        assertTrue(TotalRows.find(unnumbered, true)[2], "an unnumbered last row saying Cộng reads as a total");
    }

    @Test
    void sumsInTwoColumnsMakeATotalWhateverItsLabel() {
        List<List<DataCell>> rows = rows(new String[] {"Xã An", "12", "1,5"}, new String[] {"Xã Bình", "30", "2,25"},
            new String[] {"Xã Châu", "5", "0,25"}, new String[] {"Ba xã", "47", "4,00"});
        assertEquals(List.of(false, false, false, true),
            List.of(0, 1, 2, 3).stream().map(r -> TotalRows.find(rows, false)[r]).toList());
        List<List<DataCell>> oneColumn = rows(new String[] {"Xã An", "12", "1,5"}, new String[] {"Xã Bình", "30", "2,25"},
            new String[] {"Ba xã", "42", "9,00"});
        assertFalse(TotalRows.find(oneColumn, false)[2], "one matching column may be chance");
    }

    private static List<List<DataCell>> rows(String[]... texts) {
        List<List<DataCell>> rows = new ArrayList<>();
        for (String[] row : texts) {
            rows.add(Arrays.stream(row).map(t -> CellTyping.type(new CellText(t, WHERE, 1.0)).cell()).toList());
        }
        return rows;
    }
}
