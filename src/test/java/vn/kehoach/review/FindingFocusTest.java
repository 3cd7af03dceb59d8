package vn.kehoach.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.kehoach.model.Box;
import vn.kehoach.model.CellType;
import vn.kehoach.model.DataCell;
import vn.kehoach.model.DataColumn;
import vn.kehoach.model.DataRow;
import vn.kehoach.model.DataTable;
import vn.kehoach.model.DocumentKind;
import vn.kehoach.model.Evidence;
import vn.kehoach.model.EvidenceValue;
import vn.kehoach.model.Finding;
import vn.kehoach.model.FindingLocation;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.Provenance;
import vn.kehoach.model.Severity;
import vn.kehoach.model.SourceInfo;
import vn.kehoach.model.SourceKind;
import vn.kehoach.model.Suggestion;
import vn.kehoach.model.Triage;

/** What a column-sum finding on an OCR'd table involves: cells by role, their boxes, the table's extent. */
class FindingFocusTest {

    /** Three rows of two columns (label, count) on page 1, each row 20 points below the last. */
    private static final DataTable TABLE = table();

    @Test
    void sortsCellsIntoPointedAndEvidenceWithTheirBoxes() {
        List<EvidenceValue> values = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            DataCell cell = TABLE.rows().get(r).cells().get(1);
            values.add(new EvidenceValue("row " + r, cell.raw(), cell.value(), cell.provenance()));
        }
        Finding finding = new Finding("KH-T001", Severity.ERROR, "Bảng t1 ...", "Table t1 ...",
            new FindingLocation(1, null, "t1", 2, 1, 10, 12),
            new Evidence(values, new BigDecimal(30), new BigDecimal(31), BigDecimal.ZERO),
            Triage.PROBABLE_OCR_ERROR, new Suggestion(0, 1, "11", new BigDecimal(11)));

        FindingFocus focus = FindingFocus.of(finding, plan());

        assertEquals(1, focus.page());
        assertEquals(Set.of(new FindingFocus.Cell(2, 1), new FindingFocus.Cell(0, 1)), focus.pointed());
        assertEquals(Set.of(new FindingFocus.Cell(1, 1)), focus.evidence(), "evidence cells other than the pointed ones");
        assertEquals(List.of(box(2, 1), box(0, 1)), focus.pointedBoxes());
        assertEquals(List.of(box(1, 1)), focus.evidenceBoxes());
        assertEquals(new Box(50, 100, 250, 55), focus.context(), "the whole table, labels included");
        assertEquals(List.of(10, 11, 12), List.copyOf(focus.lines()));
        assertTrue(focus.hasBoxes());
    }

    @Test
    void aFindingWithoutTableOrGeometryHasNoBoxes() {
        Finding finding = new Finding("KH-T004", Severity.WARNING, "Tỷ lệ ...", "Share ...",
            new FindingLocation(1, null, null, null, null, 135, 135), null, Triage.SOURCE_INCONSISTENCY, null);

        FindingFocus focus = FindingFocus.of(finding, plan());

        assertNull(focus.table());
        assertNull(focus.context());
        assertEquals(List.of(135), List.copyOf(focus.lines()));
        assertFalse(focus.hasBoxes(), "nothing to crop: the page has no such line");
    }

    private static PlanDocument plan() {
        SourceInfo source = new SourceInfo("x.pdf", null, "application/pdf", DocumentKind.SCANNED_PDF, 1, null);
        return PlanDocument.ingested(source, List.of()).withTables(List.of(TABLE));
    }

    private static DataTable table() {
        List<DataRow> rows = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            rows.add(new DataRow(List.of(cell(r, 0, "Khu phố " + (r + 1), null), cell(r, 1, String.valueOf(10 * (r + 1)), r)),
                false));
        }
        return new DataTable("t1", null, List.of(new DataColumn(List.of("Đơn vị"), CellType.TEXT, null),
            new DataColumn(List.of("Số hộ"), CellType.INTEGER, null)), rows);
    }

    private static DataCell cell(int row, int column, String raw, Integer value) {
        return new DataCell(raw, value == null ? null : new BigDecimal(raw), value == null ? null : 0, null,
            value == null ? CellType.TEXT : CellType.INTEGER, 0.9,
            new Provenance(SourceKind.OCR, 1, 10 + row, box(row, column), 0.9));
    }

    /** Label cells from x 50, counts from x 250, each 50 wide and 15 high, rows 20 points apart from y 100. */
    private static Box box(int row, int column) {
        return new Box(column == 0 ? 50 : 250, 100 + 20 * row, 50, 15);
    }
}
