package vn.kehoach.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.kehoach.model.Table;
import vn.kehoach.model.TableCell;
import vn.kehoach.model.TableRow;

/**
 * Undoes what converters to Markdown do to merged cells: the cells a row span covered are dropped, so
 * the rows under a merged order number or label come out short and shifted left ("| Tỷ lệ | 100% |"
 * under "| 6.1 | Vị trí | ... |"). Those covered cells sit at the left, so in a table whose full rows
 * start with an order number, a short row that does not start with one is moved right to end under the
 * last column.
 */
final class FlattenedSpans {

    private FlattenedSpans() {
    }

    static Table realign(Table table) {
        List<TableRow> ordered = table.rows().stream().filter(FlattenedSpans::startsWithOrderNumber).toList();
        if (ordered.size() < 2) {
            return table;
        }
        // The width of the rows that print an order number; a wider row may carry a stray note cell.
        int width = ordered.stream().collect(Collectors.groupingBy(FlattenedSpans::width, Collectors.counting()))
            .entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        long full = table.rows().stream().filter(r -> width(r) >= width).count();
        if (ordered.stream().filter(r -> width(r) >= width).count() < CellShapes.MAJORITY * (full - 1)) {
            return table;
        }
        List<TableRow> rows = new ArrayList<>();
        for (TableRow row : table.rows()) {
            int missing = width - width(row);
            if (missing > 0 && width(row) > 1 && !startsWithOrderNumber(row)) {
                List<TableCell> cells = new ArrayList<>();
                for (int k = 0; k < missing; k++) {
                    cells.add(new TableCell(List.of(), 1, 1));
                }
                cells.addAll(row.cells());
                rows.add(new TableRow(cells));
            } else {
                rows.add(row);
            }
        }
        return new Table(rows);
    }

    private static int width(TableRow row) {
        return row.cells().stream().mapToInt(TableCell::colSpan).sum();
    }

    private static boolean startsWithOrderNumber(TableRow row) {
        return !row.cells().isEmpty() && CellShapes.isOrderNumber(row.cells().get(0).text());
    }
}
