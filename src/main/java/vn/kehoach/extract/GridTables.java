package vn.kehoach.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.kehoach.model.Line;
import vn.kehoach.model.Provenance;
import vn.kehoach.model.SourceKind;
import vn.kehoach.model.Table;
import vn.kehoach.model.TableCell;
import vn.kehoach.model.TableRow;

/**
 * Reads a table whose cells the source knows (DOCX, HTML, Markdown pipes): spans are laid out on a grid
 * as in HTML's table model (Markdown rows that lost their covered cells realigned first, see {@link
 * FlattenedSpans}), the leading rows whose cells are mostly not numbers become the header, and
 * each column's path is the header texts above it from top to bottom (a merged "Chỉ tiêu năm 2023" over
 * "Số hộ" and "Tỷ lệ %" gives both columns that first step). A body position covered by a merged cell
 * stays empty, so that a merged number is counted once; blank rows are dropped.
 */
final class GridTables {

    private record Slot(TableCell cell, boolean origin) {
    }

    private GridTables() {
    }

    static Optional<RawTable> read(Table table, int page) {
        boolean plainText = table.allLines().stream().anyMatch(l -> l.provenance().kind() != SourceKind.OFFICE);
        Slot[][] grid = layOut(plainText ? FlattenedSpans.realign(table) : table);
        int columns = grid.length == 0 ? 0 : grid[0].length;
        if (columns < 2) {
            return Optional.empty();
        }
        int headerRows = headerRows(grid);
        List<List<String>> paths = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            paths.add(path(grid, headerRows, c));
        }
        List<List<CellText>> body = new ArrayList<>();
        int firstBody = headerRows < grid.length && ColumnNumbering.is(texts(grid[headerRows])) ? headerRows + 1 : headerRows;
        for (int r = firstBody; r < grid.length; r++) {
            Optional<Provenance> rowProvenance = firstLine(grid[r]);
            if (rowProvenance.isEmpty()) {
                continue; // a blank row, as forms print for filling in
            }
            List<CellText> row = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                Slot s = grid[r][c];
                boolean firstOfSpan = s != null && s.origin() && (c == 0 || grid[r][c - 1] == null || grid[r][c - 1].cell() != s.cell());
                row.add(firstOfSpan ? cellText(s.cell(), rowProvenance.get()) : CellText.empty(rowProvenance.get()));
            }
            body.add(row);
        }
        return Optional.of(new RawTable(paths, body, page, page));
    }

    /** The cells on a grid of rows x columns; a slot a span covers points at the spanning cell, not as origin. */
    private static Slot[][] layOut(Table table) {
        List<List<Slot>> rows = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            TableRow row = table.rows().get(r);
            int c = 0;
            for (TableCell cell : row.cells()) {
                while (slot(rows, r, c) != null) {
                    c++;
                }
                for (int dr = 0; dr < cell.rowSpan() && r + dr < table.rows().size(); dr++) {
                    for (int dc = 0; dc < cell.colSpan(); dc++) {
                        put(rows, r + dr, c + dc, new Slot(cell, dr == 0));
                    }
                }
                c += cell.colSpan();
            }
        }
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        Slot[][] grid = new Slot[rows.size()][columns];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                grid[r][c] = rows.get(r).get(c);
            }
        }
        return grid;
    }

    private static Slot slot(List<List<Slot>> rows, int r, int c) {
        return r < rows.size() && c < rows.get(r).size() ? rows.get(r).get(c) : null;
    }

    private static void put(List<List<Slot>> rows, int r, int c, Slot slot) {
        while (rows.size() <= r) {
            rows.add(new ArrayList<>());
        }
        List<Slot> row = rows.get(r);
        while (row.size() <= c) {
            row.add(null);
        }
        row.set(c, slot);
    }

    /**
     * Leading rows whose origin cells are mostly not numbers, extended over the rows a header cell spans
     * down. In a table of text, where nothing ends the header so, the header is the first row and what it
     * spans; at least one body row is left.
     */
    private static int headerRows(Slot[][] grid) {
        int header = 0;
        int spannedTo = 0;
        int firstRowSpan = 1;
        while (header < grid.length - 1 && (header < spannedTo || isHeaderLike(grid[header]))) {
            for (Slot s : grid[header]) {
                if (s != null && s.origin()) {
                    spannedTo = Math.max(spannedTo, header + s.cell().rowSpan());
                }
            }
            if (header == 0) {
                firstRowSpan = Math.max(1, spannedTo);
            }
            header++;
        }
        boolean textOnly = header == grid.length - 1 && grid.length > 2;
        return textOnly ? Math.min(firstRowSpan, header) : header;
    }

    /** Mostly not numbers, and not opened by an order number: "1 | Diện tích | 100 m 2" is the first body row. */
    private static boolean isHeaderLike(Slot[] row) {
        if (row[0] != null && row[0].origin() && CellShapes.isOrderNumber(row[0].cell().text())) {
            return false;
        }
        int filled = 0;
        int numbers = 0;
        for (Slot s : row) {
            if (s != null && s.origin() && !s.cell().text().isBlank()) {
                filled++;
                numbers += CellShapes.isNumber(s.cell().text()) ? 1 : 0;
            }
        }
        return filled > 0 && numbers * 2 < filled;
    }

    /** The distinct header texts above a column, top to bottom; a cell spanning several header rows counts once. */
    private static List<String> path(Slot[][] grid, int headerRows, int c) {
        List<String> path = new ArrayList<>();
        TableCell previous = null;
        for (int r = 0; r < headerRows; r++) {
            Slot s = grid[r][c];
            if (s == null || s.cell() == previous) {
                continue;
            }
            previous = s.cell();
            String text = s.cell().text().replaceAll("\\s+", " ").strip();
            if (!text.isEmpty() && (path.isEmpty() || !path.get(path.size() - 1).equals(text))) {
                path.add(text);
            }
        }
        return path;
    }

    /** The texts of the cells that start in the row. */
    private static List<String> texts(Slot[] row) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < row.length; c++) {
            Slot s = row[c];
            if (s != null && s.origin() && (c == 0 || row[c - 1] == null || row[c - 1].cell() != s.cell())) {
                texts.add(s.cell().text().strip());
            }
        }
        return texts;
    }

    /** Where the row's first written cell starts; nothing for a row with no text of its own. */
    private static Optional<Provenance> firstLine(Slot[] row) {
        for (Slot s : row) {
            if (s != null && s.origin() && !s.cell().text().isBlank()) {
                return Optional.of(s.cell().lines().get(0).provenance());
            }
        }
        return Optional.empty();
    }

    private static CellText cellText(TableCell cell, Provenance rowProvenance) {
        if (cell.lines().isEmpty()) {
            return CellText.empty(rowProvenance);
        }
        Provenance p = cell.lines().get(0).provenance();
        double confidence = cell.lines().stream().map(Line::provenance).mapToDouble(Provenance::confidence).min().orElse(1);
        return new CellText(cell.text().replaceAll("\\s+", " ").strip(), p, confidence);
    }
}
