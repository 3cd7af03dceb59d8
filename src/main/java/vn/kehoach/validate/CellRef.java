package vn.kehoach.validate;

import vn.kehoach.model.DataCell;

/** A cell a check involves, with its 0-based row and column in the table. */
record CellRef(int row, int column, DataCell cell) {
}
