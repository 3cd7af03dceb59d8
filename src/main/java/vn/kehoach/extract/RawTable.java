package vn.kehoach.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A table as a reader found it, before typing: one header path per column and body rows of exactly one
 * cell per column. {@code firstPage} and {@code lastPage} let a table continued on the next page be joined.
 */
record RawTable(List<List<String>> columnPaths, List<List<CellText>> rows, int firstPage, int lastPage) {

    RawTable {
        columnPaths = columnPaths.stream().map(List::copyOf).toList();
        rows = rows.stream().map(List::copyOf).toList();
        for (List<CellText> row : rows) {
            if (row.size() != columnPaths.size()) {
                throw new IllegalArgumentException("row of " + row.size() + " cells, " + columnPaths.size() + " columns");
            }
        }
    }

    int columnCount() {
        return columnPaths.size();
    }

    boolean hasHeader() {
        return columnPaths.stream().anyMatch(p -> !p.isEmpty());
    }

    /**
     * Whether this holds data rather than layout: two body rows or more (one row is a signature block
     * beside "Nơi nhận", or a formula), and no column of bare "=" (a formula set out in cells).
     */
    boolean isData() {
        if (rows.size() < 2) {
            return false;
        }
        for (int c = 0; c < columnCount(); c++) {
            int column = c;
            if (rows.stream().allMatch(r -> r.get(column).isBlank() || r.get(column).text().equals("="))
                && rows.stream().anyMatch(r -> r.get(column).text().equals("="))) {
                return false;
            }
        }
        return true;
    }

    /** This table with the rows of its continuation on the next page appended. */
    RawTable followedBy(RawTable continuation) {
        List<List<CellText>> all = new ArrayList<>(rows);
        all.addAll(continuation.rows);
        return new RawTable(columnPaths, all, firstPage, continuation.lastPage);
    }
}
