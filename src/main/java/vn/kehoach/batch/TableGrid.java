package vn.kehoach.batch;

import java.util.ArrayList;
import java.util.List;
import vn.kehoach.model.DataCell;
import vn.kehoach.model.DataColumn;
import vn.kehoach.model.DataTable;

/**
 * A typed table laid out for spreadsheets and CSV: a header row (each column's header path joined by
 * " / ", or "#n" when the header could not be read), then the body rows with a last column
 * {@value #TOTAL_COLUMN} so that reporting tools can leave total rows out of their own sums.
 */
final class TableGrid {

    static final String TOTAL_COLUMN = "isTotal";

    private TableGrid() {
    }

    static List<String> header(DataTable table) {
        List<String> header = new ArrayList<>();
        for (int i = 0; i < table.columns().size(); i++) {
            DataColumn column = table.columns().get(i);
            header.add(column.path().isEmpty() ? "#" + (i + 1) : String.join(" / ", column.path()));
        }
        header.add(TOTAL_COLUMN);
        return header;
    }

    /** A number when the cell holds one that could be read, else its text as read (empty for none). */
    static Object value(DataCell cell) {
        if (cell.value() != null && cell.type().isNumeric()) {
            return cell.value();
        }
        return cell.raw() == null ? "" : cell.raw();
    }
}
