package vn.kehoach.extract;

import java.util.List;
import java.util.regex.Pattern;

/** What a cell's text looks like, before it is typed: shared by the readers that must guess columns. */
final class CellShapes {

    /**
     * "1", "12.", "6.2.1", "IV": the order numbers of a table's first column ("STT"). Parts of a
     * numbered outline have at most two digits, so that "1.112" stays a number.
     */
    private static final Pattern ORDER_NUMBER = Pattern.compile("\\d{1,3}\\.?|\\d{1,2}(\\.\\d{1,2})+\\.?|[IVX]{1,4}\\.?");
    /** A share of rows above which a column is taken to be of a kind. */
    static final double MAJORITY = 0.6;

    private CellShapes() {
    }

    static boolean isOrderNumber(String text) {
        return ORDER_NUMBER.matcher(text.strip()).matches();
    }

    static boolean isNumber(String text) {
        return VietnameseNumbers.parse(text).isPresent();
    }

    /**
     * Whether column 0 holds order numbers: most rows that fill it print one. Total rows ("Tổng cộng")
     * leave it blank or write their label across it, so only a majority is asked for.
     */
    static boolean hasOrderColumn(List<List<CellText>> rows) {
        long filled = rows.stream().filter(r -> !r.isEmpty() && !r.get(0).isBlank()).count();
        long ordered = rows.stream().filter(r -> !r.isEmpty() && isOrderNumber(r.get(0).text())).count();
        return filled > 0 && ordered >= MAJORITY * filled && rows.get(0).size() > 1;
    }

    /** Per column: whether it holds text rather than numbers (most filled cells do not parse). */
    static boolean[] textColumns(List<List<CellText>> rows, int columns) {
        boolean[] text = new boolean[columns];
        for (int c = 0; c < columns; c++) {
            int filled = 0;
            int numbers = 0;
            for (List<CellText> row : rows) {
                if (!row.get(c).isBlank()) {
                    filled++;
                    numbers += isNumber(row.get(c).text()) ? 1 : 0;
                }
            }
            text[c] = filled > 0 && numbers < 0.5 * filled;
        }
        return text;
    }
}
