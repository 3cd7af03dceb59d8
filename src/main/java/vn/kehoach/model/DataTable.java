package vn.kehoach.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A table of the document with its header read into column paths and its body cells typed. {@code id}
 * is "t1", "t2" ... in document order; {@code caption} is the line introducing it, or null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DataTable(String id, String caption, List<DataColumn> columns, List<DataRow> rows) {

    public DataTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (DataRow row : rows) {
            if (row.cells().size() != columns.size()) {
                throw new IllegalArgumentException("row of " + row.cells().size() + " cells in a table of "
                    + columns.size() + " columns");
            }
        }
    }
}
