package vn.kehoach.validate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import vn.kehoach.model.CellType;
import vn.kehoach.model.DataTable;
import vn.kehoach.model.Evidence;
import vn.kehoach.model.Finding;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.Severity;

/**
 * KH-T002: a target column is its base column times its rate column (population 841 × 95% = 799 cards).
 * Which columns form such a triple is read from the headers where they say so, and otherwise from the
 * figures themselves: OCR dumps have no readable headers, yet a relation most rows obey is the table's.
 */
public final class RateTargetRule implements Rule {

    /** Share of the checkable rows that must obey a relation for it to be taken as the table's. */
    private static final double MAJORITY = 0.6;
    private static final int MIN_ROWS = 3;
    /** A product this large cannot match a target by rounding alone (1 × 1% rounds up to 1). */
    private static final BigDecimal INFORMATIVE_PRODUCT = BigDecimal.TEN;

    private record Triple(int base, int rate, int target, List<Integer> rows, List<Integer> failing) {
    }

    @Override
    public String id() {
        return "KH-T002";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "A target column equals its base column times its rate column, row by row (841 × 95% = 799).";
    }

    @Override
    public String tolerance() {
        return "The target may be base × rate rounded half up, down or up to its printed precision; a rate printed with "
            + "decimals may be off by half a unit of its last digit; on the total row the target may also be off by half a unit per item row (it may be the sum of the rounded targets above it). The triple is taken from headers (rate: \"%\" or "
            + "\"tỷ lệ\"; target: \"chỉ tiêu\", \"số thẻ\", \"kế hoạch\", \"mục tiêu\"; matched without accents), otherwise "
            + "when at least 60% of at least 3 rows obey it; for each target column the triple most rows obey.";
    }

    @Override
    public List<Finding> check(PlanDocument document) {
        List<Finding> findings = new ArrayList<>();
        for (DataTable table : document.tables()) {
            for (int target = 0; target < table.columns().size(); target++) {
                best(table, target).ifPresent(t -> t.failing().forEach(row -> findings.add(finding(table, t, row))));
            }
        }
        return findings;
    }

    private static Optional<Triple> best(DataTable table, int target) {
        Triple best = null;
        for (int rate = 0; rate < table.columns().size(); rate++) {
            if (rate == target || !isRateColumn(table, rate) || !isAmountColumn(table, target)) {
                continue;
            }
            for (int base = 0; base < table.columns().size(); base++) {
                if (base == rate || base == target || !isAmountColumn(table, base)) {
                    continue;
                }
                Triple t = evaluate(table, base, rate, target);
                boolean declared = TableCells.headerHasAny(table, rate, "%", "ty le")
                    && TableCells.headerHasAny(table, target, "chi tieu", "so the", "ke hoach", "muc tieu");
                boolean obeyed = informativeHolds(table, t) >= MIN_ROWS
                    && t.rows().size() - t.failing().size() >= MAJORITY * t.rows().size();
                if ((declared || obeyed) && !t.rows().isEmpty()
                    && (best == null || t.failing().size() < best.failing().size())) {
                    best = t;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static long informativeHolds(DataTable table, Triple t) {
        return t.rows().stream().filter(r -> !t.failing().contains(r)).filter(r -> {
            BigDecimal product = TableCells.ref(table, r, t.base()).cell().value()
                .multiply(TableCells.ref(table, r, t.rate()).cell().value()).movePointLeft(2);
            return product.abs().compareTo(INFORMATIVE_PRODUCT) >= 0;
        }).count();
    }

    /**
     * A rate: every value a share in (0, 100], at least one below 100 so that the identity says something,
     * and not the order numbers 1, 2, 3 ...
     */
    private static boolean isRateColumn(DataTable table, int column) {
        List<BigDecimal> values = values(table, column);
        return !values.isEmpty() && values.stream().allMatch(v -> v.signum() > 0 && v.compareTo(BigDecimal.valueOf(100)) <= 0)
            && values.stream().anyMatch(v -> v.compareTo(BigDecimal.valueOf(100)) < 0) && !isOrderNumbers(values);
    }

    private static boolean isOrderNumbers(List<BigDecimal> values) {
        if (values.get(0).compareTo(BigDecimal.ONE) != 0) {
            return false;
        }
        for (int i = 1; i < values.size(); i++) {
            if (values.get(i).compareTo(values.get(i - 1)) <= 0 || values.get(i).stripTrailingZeros().scale() > 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAmountColumn(DataTable table, int column) {
        CellType type = table.columns().get(column).type();
        return type == CellType.INTEGER || type == CellType.DECIMAL || type == CellType.MONEY;
    }

    private static List<BigDecimal> values(DataTable table, int column) {
        return table.rows().stream().map(r -> r.cells().get(column).value()).filter(v -> v != null).toList();
    }

    private static Triple evaluate(DataTable table, int base, int rate, int target) {
        List<Integer> rows = IntStream.range(0, table.rows().size())
            .filter(r -> involved(table, r, base, rate, target).stream().allMatch(c -> c.cell().value() != null)).boxed().toList();
        List<Integer> failing = rows.stream()
            .filter(r -> !holds(involved(table, r, base, rate, target), -1, null, roundingSlack(table, r))).toList();
        return new Triple(base, rate, target, rows, failing);
    }

    private static List<CellRef> involved(DataTable table, int row, int base, int rate, int target) {
        return List.of(TableCells.ref(table, row, base), TableCells.ref(table, row, rate), TableCells.ref(table, row, target));
    }

    /**
     * Half a unit per item row on the total row: a total target may be the sum of the rounded targets above
     * it rather than the total base times the rate (both are printed in practice; KH-T001 checks the sum).
     */
    private static BigDecimal roundingSlack(DataTable table, int row) {
        boolean total = TableStructure.grandTotal(table).filter(t -> t == row).isPresent();
        return total ? new BigDecimal("0.5").multiply(BigDecimal.valueOf(TableStructure.grandTotalItems(table).size()))
            : BigDecimal.ZERO;
    }

    /** Whether base × rate / 100 rounds to the target, with the {@code replaced}-th cell read as {@code reading}. */
    private static boolean holds(List<CellRef> cells, int replaced, BigDecimal reading, BigDecimal slack) {
        BigDecimal[] v = new BigDecimal[3];
        for (int i = 0; i < 3; i++) {
            v[i] = i == replaced ? reading : cells.get(i).cell().value();
        }
        BigDecimal rateSlack = TableCells.halfUnit(cells.get(1).cell());
        int scale = cells.get(2).cell().decimals() == null ? 0 : cells.get(2).cell().decimals();
        BigDecimal low = v[0].multiply(v[1].subtract(rateSlack)).movePointLeft(2).subtract(slack).setScale(scale, RoundingMode.FLOOR);
        BigDecimal high = v[0].multiply(v[1].add(rateSlack)).movePointLeft(2).add(slack).setScale(scale, RoundingMode.CEILING);
        return low.compareTo(v[2]) <= 0 && v[2].compareTo(high) <= 0;
    }

    private Finding finding(DataTable table, Triple t, int row) {
        List<CellRef> cells = involved(table, row, t.base(), t.rate(), t.target());
        BigDecimal expected = cells.get(0).cell().value().multiply(cells.get(1).cell().value()).movePointLeft(2);
        BigDecimal printed = cells.get(2).cell().value();
        OcrTriage.Verdict verdict = OcrTriage.of(cells, (index, reading) -> holds(cells, index, reading, roundingSlack(table, row)));
        String label = TableCells.rowLabel(table, row);
        String vi = "Bảng " + table.id() + ", dòng «" + label + "»: " + Numbers.vi(cells.get(0).cell().value()) + " × "
            + Numbers.vi(cells.get(1).cell().value()) + "% = " + Numbers.vi(expected) + " nhưng cột «"
            + TableCells.columnName(table, t.target()) + "» ghi " + Numbers.vi(printed) + ".";
        String en = "Table " + table.id() + ", row \"" + label + "\": " + Numbers.en(cells.get(0).cell().value()) + " × "
            + Numbers.en(cells.get(1).cell().value()) + "% = " + Numbers.en(expected) + " but column \""
            + TableCells.columnName(table, t.target()) + "\" prints " + Numbers.en(printed) + ".";
        Evidence evidence = new Evidence(cells.stream().map(c -> TableCells.evidence(table, c)).toList(), expected, printed,
            BigDecimal.ONE.movePointLeft(cells.get(2).cell().decimals() == null ? 0 : cells.get(2).cell().decimals()));
        return new Finding(id(), severity(), vi, en, TableCells.location(table, cells.get(2), cells), evidence,
            verdict.triage(), verdict.suggestion());
    }
}
