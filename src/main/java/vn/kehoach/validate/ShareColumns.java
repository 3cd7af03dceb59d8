package vn.kehoach.validate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import vn.kehoach.model.DataCell;
import vn.kehoach.model.DataTable;

/**
 * Finds the table column pair a sentence's count and share speak of. Vietnamese annex tables print a
 * count and its rate side by side ("Số thẻ | Tỷ lệ %"), so the share printed in the sentence finds the
 * pair on a total row even when the header was not read; a column's own header that was read (not only the
 * group header over it) must agree: "%" or "tỷ lệ" over the share, a word of the sentence's indicator or unit
 * over the count.
 */
final class ShareColumns {

    /** Header words a share column may carry. */
    private static final String[] SHARE_HEADER = {"%", "ty le", "ty 1"};
    /** Words too common to tie a count column to a sentence. */
    private static final List<String> STOP_WORDS = List.of("cua", "va", "cac", "nhung", "tong", "so", "ty", "le", "dat",
        "tham", "gia", "tren", "trong", "den", "duoc", "co");

    /** The count cell at {@code row}, {@code column} of {@code table}, with its share in the next column. */
    record Match(DataTable table, int row, int column) {

        DataCell count() {
            return table.rows().get(row).cells().get(column);
        }

        DataCell share() {
            return table.rows().get(row).cells().get(column + 1);
        }
    }

    private ShareColumns() {
    }

    /** Pairs whose share is the sentence's: their count is to be compared. */
    static List<Match> byShare(List<DataTable> tables, StatedShare stated) {
        return pairs(tables, stated, (count, share) -> sameAtPrintedPrecision(share, stated.rate()));
    }

    /** Pairs whose count is the sentence's: their share is to be compared. */
    static List<Match> byCount(List<DataTable> tables, StatedShare stated) {
        return pairs(tables, stated, (count, share) -> share.value() != null && sameCount(count.value(), stated.count()));
    }

    private static List<Match> pairs(List<DataTable> tables, StatedShare stated, BiPredicate<DataCell, DataCell> keyed) {
        List<Match> matches = new ArrayList<>();
        for (DataTable table : tables) {
            Optional<Integer> total = TableStructure.grandTotal(table);
            if (total.isEmpty()) {
                continue;
            }
            List<DataCell> cells = table.rows().get(total.get()).cells();
            for (int c = 1; c < cells.size(); c++) {
                if (cells.get(c - 1).value() != null && keyed.test(cells.get(c - 1), cells.get(c))
                    && isShareColumn(table, c) && countColumnFits(table, c - 1, stated)) {
                    matches.add(new Match(table, total.get(), c - 1));
                }
            }
        }
        return matches;
    }

    /** Equal once both are rounded to the coarser of their printed precisions (87,97 = 87.97; 95 = 95,0). */
    static boolean sameAtPrintedPrecision(DataCell cell, BigDecimal stated) {
        if (cell.value() == null) {
            return false;
        }
        int printed = cell.decimals() == null ? Math.max(0, cell.value().scale()) : cell.decimals();
        int decimals = Math.min(Math.max(0, stated.scale()), printed);
        return cell.value().setScale(decimals, RoundingMode.HALF_UP).compareTo(stated.setScale(decimals, RoundingMode.HALF_UP)) == 0;
    }

    /** A reading of a share equals the sentence's at the coarser of the two precisions. */
    static boolean sameShare(BigDecimal reading, BigDecimal stated) {
        int decimals = Math.min(Math.max(0, stated.scale()), Math.max(0, reading.scale()));
        return reading.setScale(decimals, RoundingMode.HALF_UP).compareTo(stated.setScale(decimals, RoundingMode.HALF_UP)) == 0;
    }

    /** The table's figure read at the sentence's precision equals the sentence's. */
    static boolean sameCount(BigDecimal printed, BigDecimal stated) {
        int decimals = Math.max(0, stated.scale());
        return printed.setScale(decimals, RoundingMode.HALF_UP).compareTo(stated.setScale(decimals, RoundingMode.HALF_UP)) == 0;
    }

    private static boolean isShareColumn(DataTable table, int column) {
        return !TableCells.hasOwnHeader(table, column) || TableCells.headerHasAny(table, column, SHARE_HEADER);
    }

    private static boolean countColumnFits(DataTable table, int column, StatedShare stated) {
        if (!TableCells.hasOwnHeader(table, column)) {
            return true;
        }
        String header = " " + TableCells.headerKey(table, column) + " ";
        String words = PrintedDate.fold((stated.indicator() == null ? "" : stated.indicator()) + " "
            + (stated.countUnit() == null ? "" : stated.countUnit()));
        return Arrays.stream(words.split("[^\\p{L}\\p{N}]+")).filter(w -> w.length() >= 2 && !STOP_WORDS.contains(w))
            .anyMatch(w -> header.contains(" " + w + " "));
    }
}
