package vn.kehoach.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import vn.kehoach.model.CellType;
import vn.kehoach.model.DataCell;
import vn.kehoach.model.DataTable;
import vn.kehoach.model.Evidence;
import vn.kehoach.model.Finding;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.Severity;

/** KH-T001: each numeric column sums to what the table's total row prints. */
public final class ColumnSumRule implements Rule {

    @Override
    public String id() {
        return "KH-T001";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "Each numeric column of a table sums, over its item rows, to the figure its total row prints.";
    }

    @Override
    public String tolerance() {
        return "Integers exact; each decimal item and the total may be off by half a unit of its last printed digit. "
            + "Not sums, so skipped: percent columns, columns whose header says \"tỷ lệ\" or \"%\", columns whose total "
            + "equals the median of their items (a rate or target repeated on every row), decimal columns whose total "
            + "lies within the items' range (means, ratios); and a column with an unreadable item.";
    }

    @Override
    public List<Finding> check(PlanDocument document) {
        List<Finding> findings = new ArrayList<>();
        for (DataTable table : document.tables()) {
            List<Integer> totals = IntStream.range(0, table.rows().size()).filter(r -> table.rows().get(r).isTotal()).boxed().toList();
            if (totals.isEmpty()) {
                continue;
            }
            int total = totals.get(totals.size() - 1);
            List<Integer> items = IntStream.range(0, table.rows().size()).filter(r -> !table.rows().get(r).isTotal()).boxed().toList();
            for (int c = 0; c < table.columns().size(); c++) {
                checkColumn(table, total, items, c).ifPresent(findings::add);
            }
        }
        return findings;
    }

    private Optional<Finding> checkColumn(DataTable table, int totalRow, List<Integer> itemRows, int column) {
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
        return Optional.of(finding(table, total, involved, sum, tolerance, verdict));
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

    private Finding finding(DataTable table, CellRef total, List<CellRef> involved, BigDecimal sum, BigDecimal tolerance,
                            OcrTriage.Verdict verdict) {
        BigDecimal printed = total.cell().value();
        BigDecimal off = sum.subtract(printed);
        String column = TableCells.columnName(table, total.column());
        String vi = "Bảng " + table.id() + ", cột «" + column + "»: các dòng cộng lại được " + Numbers.vi(sum)
            + " nhưng dòng tổng ghi " + Numbers.vi(printed) + " (chênh " + Numbers.vi(off) + ").";
        String en = "Table " + table.id() + ", column \"" + column + "\": the rows sum to " + Numbers.en(sum)
            + " but the total row prints " + Numbers.en(printed) + " (off by " + Numbers.en(off) + ").";
        Evidence evidence = new Evidence(involved.stream().map(r -> TableCells.evidence(table, r)).toList(), sum, printed, tolerance);
        return new Finding(id(), severity(), vi, en, TableCells.location(table, total, involved), evidence,
            verdict.triage(), verdict.suggestion());
    }
}
