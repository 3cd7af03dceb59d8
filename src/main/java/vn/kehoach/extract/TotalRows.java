package vn.kehoach.extract;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.kehoach.model.CellType;
import vn.kehoach.model.DataCell;
import vn.kehoach.normalize.VietnameseText;

/**
 * Recognises total rows, robustly to OCR damage. By label (the row's first text cell, read without
 * accents and marks): it is a total word, alone or with its scope ("Tổng cộng", "Tổng", "Cộng", "Cộng toàn
 * xã", "Toàn huyện"), or holds "tổng cộng" or "cộng toàn" anywhere (OCR mangles the first word: "tTh‘;“g
 * cong toan"), or, in the first or last body row, holds "tổng" or "cộng" while leaving blank the order
 * number the other rows print ("KP Phùng Công" is a unit with its number; "Tổng kết", "Công an xã" are
 * no totals). By numbers: in at least two numeric columns, the row equals the sum of the other body rows
 * within the printed precision.
 */
final class TotalRows {

    private static final String SCOPE = "(xa|huyen|tinh|thi tran|thi xa|phuong|quan|thanh pho|don vi|nganh)";
    private static final Pattern TOTAL_LABEL = Pattern.compile(
        "(tong cong|tong|cong)( (toan|ca) " + SCOPE + ".*)?|(toan|ca) " + SCOPE + ".*");
    private static final Pattern ANYWHERE = Pattern.compile(".*\\b(tong cong|cong toan)\\b.*");
    private static final Pattern TOTAL_WORD = Pattern.compile(".*\\b(tong|cong)\\b.*");
    private static final int MIN_SUMMED_ROWS = 2;
    private static final int MIN_MATCHING_COLUMNS = 2;

    private TotalRows() {
    }

    /** Per row, whether it is a total. */
    static boolean[] find(List<List<DataCell>> rows, boolean orderColumn) {
        ColumnSums sums = new ColumnSums(rows);
        boolean[] total = new boolean[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            total[r] = byLabel(rows, r, orderColumn) || sums.othersSumTo(rows.get(r));
        }
        return total;
    }

    private static boolean byLabel(List<List<DataCell>> rows, int r, boolean orderColumn) {
        List<DataCell> row = rows.get(r);
        String label = label(row);
        boolean atAnEnd = r == 0 || r == rows.size() - 1;
        return !label.isEmpty() && (TOTAL_LABEL.matcher(label).matches() || ANYWHERE.matcher(label).matches()
            || atAnEnd && orderColumn && row.get(0).type() == CellType.EMPTY && TOTAL_WORD.matcher(label).matches());
    }

    /** The row's first text cell, de-accented, lower case, letters and single spaces only. */
    static String label(List<DataCell> row) {
        String text = row.stream().filter(c -> c.type() == CellType.TEXT).map(DataCell::raw).findFirst().orElse("");
        return VietnameseText.removeAccents(text).toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z ]", "").replaceAll("\\s+", " ").strip();
    }

    /** Each column's sum and count of values, so that "the sum of the other rows" costs one subtraction. */
    private static final class ColumnSums {
        private final BigDecimal[] sums;
        private final int[] counts;

        ColumnSums(List<List<DataCell>> rows) {
            int columns = rows.isEmpty() ? 0 : rows.get(0).size();
            sums = new BigDecimal[columns];
            counts = new int[columns];
            for (int c = 0; c < columns; c++) {
                sums[c] = BigDecimal.ZERO;
                for (List<DataCell> row : rows) {
                    if (row.get(c).value() != null) {
                        sums[c] = sums[c].add(row.get(c).value());
                        counts[c]++;
                    }
                }
            }
        }

        boolean othersSumTo(List<DataCell> row) {
            int matching = 0;
            for (int c = 0; c < row.size(); c++) {
                DataCell candidate = row.get(c);
                if (candidate.value() == null || candidate.value().signum() == 0 || candidate.type() == CellType.PERCENT) {
                    continue;
                }
                int summed = counts[c] - 1;
                BigDecimal others = sums[c].subtract(candidate.value());
                // Each rounded addend may be off by half its last printed digit; integers add up exactly.
                BigDecimal tolerance = candidate.decimals() == 0 ? BigDecimal.ZERO
                    : BigDecimal.ONE.movePointLeft(candidate.decimals()).multiply(BigDecimal.valueOf(summed)).divide(BigDecimal.valueOf(2));
                if (summed >= MIN_SUMMED_ROWS && others.subtract(candidate.value()).abs().compareTo(tolerance) <= 0) {
                    matching++;
                }
            }
            return matching >= MIN_MATCHING_COLUMNS;
        }
    }
}
