package vn.kehoach.validate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.kehoach.extract.ParsedNumber;
import vn.kehoach.extract.VietnameseNumbers;
import vn.kehoach.model.CellType;
import vn.kehoach.model.DataCell;
import vn.kehoach.model.DataColumn;
import vn.kehoach.model.DataRow;
import vn.kehoach.model.DataTable;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.Provenance;
import vn.kehoach.model.SourceKind;

/**
 * Typed tables written as printed text, read with the project's number reader: a row whose label starts
 * with "Tổng" or "Cộng" is a total, a header holding "%" makes a percent column, "A > B" is the header path
 * [A, B], row r sits on line 10 + r.
 */
final class TableFixture {

    private final List<String> headers;
    private final List<String[]> rows = new ArrayList<>();

    private TableFixture(String... headers) {
        this.headers = List.of(headers);
    }

    static TableFixture headers(String... headers) {
        return new TableFixture(headers);
    }

    TableFixture row(String... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("row of " + cells.length + " cells: " + Arrays.toString(cells));
        }
        rows.add(cells);
        return this;
    }

    DataTable table(String id) {
        List<DataRow> dataRows = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<DataCell> cells = new ArrayList<>();
            boolean total = false;
            for (String raw : rows.get(r)) {
                DataCell cell = cell(raw, 10 + r);
                total |= cell.type() == CellType.TEXT && raw.toLowerCase(Locale.ROOT).matches("(tổng|cộng).*");
                cells.add(cell);
            }
            dataRows.add(new DataRow(cells, total));
        }
        List<DataColumn> columns = new ArrayList<>();
        for (int c = 0; c < headers.size(); c++) {
            int column = c;
            CellType type = headers.get(c).contains("%") ? CellType.PERCENT : dataRows.stream()
                .map(row -> row.cells().get(column).type()).filter(CellType::isNumeric).findFirst().orElse(CellType.TEXT);
            columns.add(new DataColumn(headers.get(c).isEmpty() ? List.of() : List.of(headers.get(c).split(" > ")), type, null));
        }
        return new DataTable(id, null, columns, dataRows);
    }

    PlanDocument document(String id) {
        return PlanDocument.ingested(null, List.of()).withTables(List.of(table(id)));
    }

    /** The table with one cell's confidence lowered, as the table reader does for a doubted cell. */
    static PlanDocument doubt(PlanDocument document, int row, int column, double confidence) {
        DataTable t = document.tables().get(0);
        List<DataRow> rows = new ArrayList<>(t.rows());
        List<DataCell> cells = new ArrayList<>(rows.get(row).cells());
        cells.set(column, cells.get(column).withConfidence(confidence));
        rows.set(row, new DataRow(cells, rows.get(row).isTotal()));
        return document.withTables(List.of(new DataTable(t.id(), t.caption(), t.columns(), rows)));
    }

    private static DataCell cell(String raw, int line) {
        Provenance provenance = new Provenance(SourceKind.PLAIN, 1, line, null, 1.0);
        if (VietnameseNumbers.isNoValue(raw)) {
            return new DataCell(raw, null, null, null, CellType.EMPTY, 1.0, provenance);
        }
        Optional<ParsedNumber> n = VietnameseNumbers.parse(raw);
        return n.map(p -> new DataCell(raw, p.value(), p.decimals(), p.unit(), p.type(), 1.0, provenance))
            .orElseGet(() -> new DataCell(raw, null, null, null, CellType.TEXT, 1.0, provenance));
    }
}
