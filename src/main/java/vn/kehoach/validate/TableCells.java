package vn.kehoach.validate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.kehoach.model.CellType;
import vn.kehoach.model.DataCell;
import vn.kehoach.model.DataTable;
import vn.kehoach.model.EvidenceValue;
import vn.kehoach.model.FindingLocation;
import vn.kehoach.normalize.VietnameseText;

/** What the table rules say about cells: names for messages, evidence, locations, header keys. */
final class TableCells {

    private TableCells() {
    }

    static CellRef ref(DataTable table, int row, int column) {
        return new CellRef(row, column, table.rows().get(row).cells().get(column));
    }

    /**
     * The row's label as printed: its first text cell of three characters or more (shorter ones are order
     * numbers, "I", or a damaged "g"), else its first text cell, else its 1-based number.
     */
    static String rowLabel(DataTable table, int row) {
        List<String> texts = table.rows().get(row).cells().stream().filter(c -> c.type() == CellType.TEXT)
            .map(DataCell::raw).toList();
        return texts.stream().filter(t -> t.strip().length() >= 3).findFirst()
            .orElse(texts.isEmpty() ? "#" + (row + 1) : texts.get(0));
    }

    /** The column's header path, or its 1-based number when the header could not be read. */
    static String columnName(DataTable table, int column) {
        List<String> path = table.columns().get(column).path();
        return path.isEmpty() ? "#" + (column + 1) : String.join(" / ", path);
    }

    /**
     * Whether the column's own header was read: a path shared whole with a neighbouring column is only
     * the group above both (an OCR dump's "Chỉ tiêu … năm 2023" over columns whose own headers were lost).
     */
    static boolean hasOwnHeader(DataTable table, int column) {
        List<String> path = table.columns().get(column).path();
        return !path.isEmpty() && (column == 0 || !path.equals(table.columns().get(column - 1).path()))
            && (column + 1 == table.columns().size() || !path.equals(table.columns().get(column + 1).path()));
    }

    /** The header path without accents, in lower case, so that OCR'd and typed headers match one keyword. */
    static String headerKey(DataTable table, int column) {
        return VietnameseText.removeAccents(String.join(" ", table.columns().get(column).path())).toLowerCase(Locale.ROOT);
    }

    static boolean headerHasAny(DataTable table, int column, String... keywords) {
        String key = headerKey(table, column);
        for (String k : keywords) {
            if (key.contains(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the column's own (innermost) header holds a keyword: a group header speaks for all its columns,
     * so a column whose own header was not read ({@link #hasOwnHeader}) holds none.
     */
    static boolean ownHeaderHasAny(DataTable table, int column, String... keywords) {
        List<String> path = table.columns().get(column).path();
        String key = !hasOwnHeader(table, column) ? "" : VietnameseText.removeAccents(path.get(path.size() - 1)).toLowerCase(Locale.ROOT);
        for (String k : keywords) {
            if (key.contains(k)) {
                return true;
            }
        }
        return false;
    }

    static EvidenceValue evidence(DataTable table, CellRef ref) {
        return new EvidenceValue(rowLabel(table, ref.row()) + " / " + columnName(table, ref.column()), ref.cell().raw(),
            ref.cell().value(), ref.cell().provenance());
    }

    /** Table, row and column of {@code at}; page and line span over every involved cell's provenance. */
    static FindingLocation location(DataTable table, CellRef at, List<CellRef> involved) {
        Integer page = at.cell().provenance() == null ? null : at.cell().provenance().page();
        Integer from = null;
        Integer to = null;
        for (CellRef ref : involved) {
            if (ref.cell().provenance() != null && Objects.equals(ref.cell().provenance().page(), page)) {
                int line = ref.cell().provenance().line();
                from = from == null ? line : Math.min(from, line);
                to = to == null ? line : Math.max(to, line);
            }
        }
        return new FindingLocation(page, null, table.id(), at.row(), at.column(), from, to);
    }

    /** Half a unit of the last printed digit: what rounding to the printed precision may have moved. */
    static BigDecimal halfUnit(DataCell cell) {
        int decimals = cell.decimals() == null ? 0 : cell.decimals();
        return decimals == 0 ? BigDecimal.ZERO : new BigDecimal("0.5").movePointLeft(decimals);
    }
}
