package vn.kehoach.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.kehoach.model.Line;
import vn.kehoach.model.Provenance;
import vn.kehoach.model.Table;
import vn.kehoach.model.TableCell;
import vn.kehoach.model.TableRow;

/**
 * Re-reads a table from an OCR text dump, whose pipes cannot be trusted ("Khu phố 1 850 | g | 8797 850"):
 * each row becomes tokens, read as [order number] label values. A token that carries a digit or is a bare
 * mark opens the values, since everything after the label is a value column however damaged ("g" for a
 * lost 9). The number of value columns is the largest count that enough rows reach; a row with more
 * gives its leading extras to the label, a row with fewer is padded at the end and its cells are
 * doubted, since where the lost cells were cannot be known. Rows without a number are wrapped label ends.
 * The header lines (those of the block above the table and the rows above its first row of numbers) give
 * the value columns their dated group headers ({@link DumpHeaders}).
 */
final class TokenTables {

    /** A row reads as data when this many of its tokens are numbers (or half of them, for short rows). */
    private static final int DATA_ROW_NUMBERS = 3;
    /** Cells of a row that had to be padded: present, but perhaps in the wrong column. */
    private static final double PADDED_ROW_DOUBT = 0.5;
    /** Above this share of rows with a cell of several numbers, the pipes are OCR's guess, not columns. */
    private static final double MERGED_ROWS = 0.2;

    private record Token(String text, Provenance provenance) {
    }

    private record Parts(Token order, List<Token> label, List<Token> values) {
    }

    private TokenTables() {
    }

    /**
     * @param linesAbove header lines the dump left outside the table block, top to bottom
     */
    static Optional<RawTable> read(Table table, List<Line> linesAbove, int page) {
        List<TableRow> printed = table.rows().stream().filter(r -> !tokens(r).isEmpty()).toList();
        List<List<Token>> rows = printed.stream().map(TokenTables::tokens).toList();
        int first = 0;
        while (first < rows.size() && !isDataRow(rows.get(first))) {
            first++;
        }
        List<List<Token>> body = rows.subList(first, rows.size());
        if (body.size() < 2) {
            return Optional.empty();
        }
        boolean ordered = body.stream().filter(TokenTables::isDataRow)
            .filter(r -> CellShapes.isOrderNumber(r.get(0).text())).count()
            >= CellShapes.MAJORITY * body.stream().filter(TokenTables::isDataRow).count();
        List<Parts> parts = body.stream().map(r -> split(r, ordered)).toList();
        int values = valueColumns(parts);
        List<List<CellText>> cells = new ArrayList<>();
        for (Parts p : parts) {
            cells.add(cells(p, ordered, values));
        }
        int columns = values + (ordered ? 2 : 1);
        List<String> header = new ArrayList<>(linesAbove.stream().map(Line::text).toList());
        printed.subList(0, first).forEach(r -> header.add(String.join(" | ", r.cells().stream()
            .map(c -> String.join(" ", c.lines().stream().map(Line::text).toList())).toList())));
        List<List<String>> paths = DumpHeaders.paths(header, columns, ordered ? 2 : 1);
        return Optional.of(new RawTable(paths, WrappedRows.join(cells), page, page));
    }

    /**
     * Whether a plain-text table's pipes are unreliable: many rows hold cells of numbers side by side. Ragged
     * rows alone do not tell, since Markdown converters drop the cells merged cells covered.
     */
    static boolean needsTokens(Table table) {
        // "ngày 01 tháng 6" and "100 m 2" are text; many rows of "806 95 46" cells are columns run together.
        long mergedRows = table.rows().stream().filter(r -> r.cells().stream().anyMatch(c -> hasAdjacentNumbers(c.text()))).count();
        return mergedRows > MERGED_ROWS * table.rows().size();
    }

    private static boolean hasAdjacentNumbers(String text) {
        String[] tokens = text.strip().split("\\s+");
        for (int i = 1; i < tokens.length; i++) {
            if (CellShapes.isNumber(tokens[i - 1]) && CellShapes.isNumber(tokens[i])) {
                return true;
            }
        }
        return false;
    }

    private static List<Token> tokens(TableRow row) {
        List<Token> tokens = new ArrayList<>();
        for (TableCell cell : row.cells()) {
            for (Line line : cell.lines()) {
                for (String t : line.text().strip().split("\\s+")) {
                    if (!t.isEmpty()) {
                        tokens.add(new Token(t, line.provenance()));
                    }
                }
            }
        }
        return tokens;
    }

    private static boolean isDataRow(List<Token> row) {
        long numbers = row.stream().filter(t -> CellShapes.isNumber(t.text())).count();
        return numbers >= DATA_ROW_NUMBERS || numbers >= 2 && numbers * 2 >= row.size();
    }

    /** A token that belongs to the values: it has a digit, or is a bare mark standing in a cell ("-", ")"). */
    private static boolean opensValues(String token) {
        return token.chars().anyMatch(Character::isDigit) || token.chars().noneMatch(Character::isLetter);
    }

    private static Parts split(List<Token> row, boolean ordered) {
        int i = 0;
        Token order = null;
        if (ordered && row.size() > 1 && looksLikeOrder(row.get(0).text())) {
            order = row.get(0);
            i = 1;
        }
        int labelEnd = i;
        while (labelEnd < row.size() && !opensValues(row.get(labelEnd).text())) {
            labelEnd++;
        }
        if (labelEnd == i && labelEnd < row.size() && !CellShapes.isNumber(row.get(labelEnd).text())) {
            labelEnd++; // "Khuphố2": a label with a digit glued on is still the label
        }
        return new Parts(order, row.subList(i, labelEnd), row.subList(labelEnd, row.size()));
    }

    /** An order number, or a single character OCR made of one ("g" for 9, "l" for 1). */
    private static boolean looksLikeOrder(String token) {
        return CellShapes.isOrderNumber(token) || token.length() == 1 && Character.isLetterOrDigit(token.charAt(0));
    }

    /** The largest number of values that enough rows reach: rows with fewer lost cells, not the reverse. */
    private static int valueColumns(List<Parts> parts) {
        List<Integer> counts = parts.stream().map(p -> p.values().size()).filter(n -> n > 0).sorted().toList();
        int needed = Math.max(2, (int) Math.ceil(0.25 * counts.size()));
        for (int k = counts.size() - 1; k >= 0; k--) {
            int n = counts.get(k);
            if (counts.stream().filter(x -> x >= n).count() >= needed) {
                return n;
            }
        }
        return counts.isEmpty() ? 0 : counts.get(counts.size() - 1);
    }

    private static List<CellText> cells(Parts p, boolean ordered, int values) {
        List<Token> label = new ArrayList<>(p.label());
        List<Token> vals = p.values();
        if (vals.size() > values) {
            label.addAll(vals.subList(0, vals.size() - values));
            vals = vals.subList(vals.size() - values, vals.size());
        }
        Provenance rowProvenance = (p.order() != null ? p.order() : !label.isEmpty() ? label.get(0) : vals.get(0)).provenance();
        double doubt = !vals.isEmpty() && vals.size() < values ? PADDED_ROW_DOUBT : 1.0;
        List<CellText> row = new ArrayList<>();
        if (ordered) {
            row.add(p.order() == null ? CellText.empty(rowProvenance) : cell(List.of(p.order()), 1.0));
        }
        row.add(label.isEmpty() ? CellText.empty(rowProvenance) : cell(label, 1.0));
        for (int v = 0; v < values; v++) {
            row.add(v < vals.size() ? cell(List.of(vals.get(v)), doubt) : CellText.empty(rowProvenance));
        }
        return row;
    }

    private static CellText cell(List<Token> tokens, double doubt) {
        String text = String.join(" ", tokens.stream().map(Token::text).toList());
        Provenance p = tokens.get(0).provenance();
        return new CellText(text, p, p.confidence() * doubt);
    }
}
