package vn.kehoach.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.kehoach.model.CellType;
import vn.kehoach.model.DataTable;
import vn.kehoach.model.Evidence;
import vn.kehoach.model.Finding;

/** Whether a column's item rows add up to a total row: shared by the grand-total and sub-total rules. */
final class ColumnSums {

    private ColumnSums() {
    }

    /**
     * The finding of {@code rule} when the items of {@code column} do not add up to the {@code totalRow}'s
     * figure; empty when they do or the column is no sum. {@code totalVi}/{@code totalEn} name the total row.
     */
    static Optional<Finding> check(Rule rule, DataTable table, int totalRow, List<Integer> itemRows, int column,
                                   String totalVi, String totalEn) {
        CellType type = table.columns().get(column).type();
        CellRef total = TableCells.ref(table, totalRow, column);
        if (!type.isNumeric() || type == CellType.PERCENT || total.cell().value() == null
            || TableCells.headerHasAny(table, column, "ty le", "%")) {
            return Optional.empty();
        }
        List<CellRef> items = new ArrayList<>();
        for (int r : itemRows) {
            CellRef item = TableCells.ref(table, r, column);
            if (item.cell().type() == CellType.EMPTY) {
                continue;
            }
            if (item.cell().value() == null) {
                return Optional.empty();
            }
            items.add(item);
        }
        List<BigDecimal> values = items.stream().map(i -> i.cell().value()).toList();
        if (values.size() < 2 || !isSum(type, values, total.cell().value())) {
            return Optional.empty();
        }
        BigDecimal tolerance = items.stream().map(i -> TableCells.halfUnit(i.cell())).reduce(TableCells.halfUnit(total.cell()), BigDecimal::add);
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (within(sum, total.cell().value(), tolerance)) {
            return Optional.empty();
        }
        List<CellRef> involved = new ArrayList<>(items);
        involved.add(total);
        OcrTriage.Verdict verdict = OcrTriage.of(involved, (index, reading) -> {
            BigDecimal printedTotal = index == items.size() ? reading : total.cell().value();
            BigDecimal newSum = index == items.size() ? sum : sum.subtract(items.get(index).cell().value()).add(reading);
            return within(newSum, printedTotal, tolerance);
        });
        return Optional.of(finding(rule, table, total, involved, sum, tolerance, verdict, totalVi, totalEn));
    }

    /** Whether the column adds up at all: rates and means repeat or average their items instead. */
    private static boolean isSum(CellType type, List<BigDecimal> values, BigDecimal total) {
        List<BigDecimal> sorted = values.stream().sorted().toList();
        if (sorted.get(sorted.size() / 2).compareTo(total) == 0) {
            return false;
        }
        boolean withinRange = sorted.get(0).compareTo(total) <= 0 && total.compareTo(sorted.get(sorted.size() - 1)) <= 0;
        return !(type == CellType.DECIMAL && withinRange);
    }

    private static boolean within(BigDecimal a, BigDecimal b, BigDecimal tolerance) {
        return a.subtract(b).abs().compareTo(tolerance) <= 0;
    }

    private static Finding finding(Rule rule, DataTable table, CellRef total, List<CellRef> involved, BigDecimal sum,
                                   BigDecimal tolerance, OcrTriage.Verdict verdict, String totalVi, String totalEn) {
        BigDecimal printed = total.cell().value();
        BigDecimal off = sum.subtract(printed);
        String column = TableCells.columnName(table, total.column());
        String vi = "Bảng " + table.id() + ", cột «" + column + "»: các dòng cộng lại được " + Numbers.vi(sum)
            + " nhưng " + totalVi + " ghi " + Numbers.vi(printed) + " (chênh " + Numbers.vi(off) + ").";
        String en = "Table " + table.id() + ", column \"" + column + "\": the rows sum to " + Numbers.en(sum)
            + " but " + totalEn + " prints " + Numbers.en(printed) + " (off by " + Numbers.en(off) + ").";
        Evidence evidence = new Evidence(involved.stream().map(r -> TableCells.evidence(table, r)).toList(), sum, printed, tolerance);
        return new Finding(rule.id(), rule.severity(), vi, en, TableCells.location(table, total, involved), evidence,
            verdict.triage(), verdict.suggestion());
    }
}
