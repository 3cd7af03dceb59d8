package vn.kehoach.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins back rows that are only the wrapped end of the row above: the "Nhàn" printed below "KP Thanh"
 * when a label does not fit its column. Such a line holds no number, leaves the order column blank and
 * writes only in text columns; without an order column to tell, it must also fill a single cell, so that
 * the rows of a table of text are not all folded into its first. Used for sources whose rows are lines
 * (text dumps, PDF text, OCR); office tables know their rows.
 */
final class WrappedRows {

    private WrappedRows() {
    }

    static List<List<CellText>> join(List<List<CellText>> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        int columns = rows.get(0).size();
        boolean orderColumn = CellShapes.hasOrderColumn(rows);
        boolean[] textColumns = CellShapes.textColumns(rows, columns);
        List<List<CellText>> joined = new ArrayList<>();
        for (List<CellText> row : rows) {
            if (!joined.isEmpty() && isWrappedEnd(row, orderColumn, textColumns)) {
                List<CellText> above = new ArrayList<>(joined.remove(joined.size() - 1));
                for (int c = 0; c < columns; c++) {
                    above.set(c, above.get(c).append(row.get(c)));
                }
                joined.add(above);
            } else {
                joined.add(row);
            }
        }
        return joined;
    }

    private static boolean isWrappedEnd(List<CellText> row, boolean orderColumn, boolean[] textColumns) {
        int filled = 0;
        for (int c = 0; c < row.size(); c++) {
            CellText cell = row.get(c);
            if (cell.isBlank()) {
                continue;
            }
            if (!textColumns[c] || CellShapes.isNumber(cell.text()) || orderColumn && c == 0) {
                return false;
            }
            filled++;
        }
        return filled > 0 && (orderColumn || filled == 1);
    }
}
