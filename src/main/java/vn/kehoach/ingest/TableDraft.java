package vn.kehoach.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.kehoach.model.Line;
import vn.kehoach.model.Table;
import vn.kehoach.model.TableCell;
import vn.kehoach.model.TableRow;

/** A table being read from markup: rows of cells, each cell collecting the lines of its paragraphs. */
final class TableDraft {

    private final List<TableRow> rows = new ArrayList<>();
    private List<TableCell> row;
    private List<Line> cellLines;
    private int rowSpan;
    private int colSpan;

    void startRow() {
        endRow();
        row = new ArrayList<>();
    }

    void endRow() {
        endCell();
        if (row != null) {
            rows.add(new TableRow(row));
            row = null;
        }
    }

    /** Starts a cell, and a row too if the markup has a cell outside any row. */
    void startCell(int rowSpan, int colSpan) {
        endCell();
        if (row == null) {
            row = new ArrayList<>();
        }
        cellLines = new ArrayList<>();
        this.rowSpan = rowSpan;
        this.colSpan = colSpan;
    }

    void endCell() {
        if (cellLines != null) {
            row.add(new TableCell(cellLines, rowSpan, colSpan));
            cellLines = null;
        }
    }

    boolean inCell() {
        return cellLines != null;
    }

    void addLines(List<Line> lines) {
        cellLines.addAll(lines);
    }

    /** The table, or nothing for markup without a single row. */
    Optional<Table> finish() {
        endRow();
        return rows.isEmpty() ? Optional.empty() : Optional.of(new Table(rows));
    }
}
