package vn.kehoach.model;

import java.util.List;

/** One row of a table as laid out in the source. */
public record TableRow(List<TableCell> cells) {

    public TableRow {
        cells = List.copyOf(cells);
    }
}
