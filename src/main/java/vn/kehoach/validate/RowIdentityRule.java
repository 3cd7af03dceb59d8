package vn.kehoach.validate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;
import vn.kehoach.model.CellType;
import vn.kehoach.model.DataTable;
import vn.kehoach.model.Evidence;
import vn.kehoach.model.Finding;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.Severity;

/**
 * KH-T005: a column whose header names its arithmetic holds it on every row: "Tỷ lệ %" is the count to
 * its left over the "Tổng số" base × 100 (when that count is a part of the base on every row); "Tăng/giảm", "Chênh lệch" and "Còn lại" are the difference of
 * the two numeric columns to their left; a "Cộng" column under a group header is the sum of its siblings.
 */
public final class RowIdentityRule implements Rule {

    /**
     * A column computed from others: the formula over the operands' values, whether it is a ratio, whether
     * either sign is printed (a "giảm" column may print the fall as positive) and the operator for messages.
     */
    private record Relation(int result, List<Integer> operands, Function<List<BigDecimal>, BigDecimal> formula,
                            boolean ratio, boolean eitherSign, String operator) {
    }

    @Override
    public String id() {
        return "KH-T005";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "A column whose header names a computation (tỷ lệ, tăng/giảm, chênh lệch, còn lại, cộng) holds it on every row.";
    }

    @Override
    public String tolerance() {
        return "Sums and differences: half a unit of the last printed digit of each value involved (integers exact), either "
            + "sign for tăng/giảm and chênh lệch. Ratios: one unit of the ratio's last printed digit (rounded, floored or "
            + "ceiled), checked only where the count is at most the base on every row. Headers are matched without accents; rows missing a value are skipped.";
    }

    @Override
    public List<Finding> check(PlanDocument document) {
        List<Finding> findings = new ArrayList<>();
        for (DataTable table : document.tables()) {
            for (int c = 0; c < table.columns().size(); c++) {
                Optional<Relation> relation = relationOf(table, c);
                if (relation.isEmpty()) {
                    continue;
                }
                for (int r = 0; r < table.rows().size(); r++) {
                    check(table, relation.get(), r).ifPresent(findings::add);
                }
            }
        }
        return findings;
    }

    private static Optional<Relation> relationOf(DataTable table, int c) {
        if (!table.columns().get(c).type().isNumeric()) {
            return Optional.empty();
        }
        List<Integer> left = IntStream.range(0, c).map(i -> c - 1 - i).filter(i -> isAmount(table, i)).boxed().toList();
        if (TableCells.ownHeaderHasAny(table, c, "ty le")) {
            Optional<Integer> base = left.stream().skip(1).filter(i -> TableCells.headerHasAny(table, i, "tong so")).findFirst();
            return base.filter(b -> isPartOf(table, left.get(0), b)).map(b -> new Relation(c, List.of(left.get(0), b),
                v -> v.get(1).signum() == 0 ? null : v.get(0).multiply(BigDecimal.valueOf(100)).divide(v.get(1), MathContext.DECIMAL64),
                true, false, "/"));
        }
        if (left.size() >= 2 && TableCells.ownHeaderHasAny(table, c, "tang", "giam", "chenh lech", "con lai")) {
            boolean signed = !TableCells.ownHeaderHasAny(table, c, "con lai");
            return Optional.of(new Relation(c, List.of(left.get(1), left.get(0)), v -> v.get(0).subtract(v.get(1)), false,
                signed, "−"));
        }
        List<String> path = table.columns().get(c).path();
        if (path.size() >= 2 && TableCells.ownHeaderHasAny(table, c, "cong")) {
            List<Integer> siblings = IntStream.range(0, table.columns().size())
                .filter(i -> i != c && isAmount(table, i) && table.columns().get(i).path().size() >= 2
                    && table.columns().get(i).path().get(0).equals(path.get(0))).boxed().toList();
            return siblings.size() < 2 ? Optional.empty() : Optional.of(new Relation(c, siblings,
                v -> v.stream().reduce(BigDecimal.ZERO, BigDecimal::add), false, false, "+"));
        }
        return Optional.empty();
    }

    /** Whether one column counts a part of the other on every row ("Số hộ nghèo" of "Tổng số hộ", not "Dân số"). */
    private static boolean isPartOf(DataTable table, int part, int whole) {
        return table.rows().stream().allMatch(row -> {
            BigDecimal p = row.cells().get(part).value();
            BigDecimal w = row.cells().get(whole).value();
            return p == null || w == null || p.compareTo(w) <= 0;
        });
    }

    private static boolean isAmount(DataTable table, int column) {
        CellType type = table.columns().get(column).type();
        return type.isNumeric() && type != CellType.PERCENT && !TableCells.headerHasAny(table, column, "ty le", "%");
    }

    private Optional<Finding> check(DataTable table, Relation relation, int row) {
        List<CellRef> operands = relation.operands().stream().map(c -> TableCells.ref(table, row, c)).toList();
        CellRef result = TableCells.ref(table, row, relation.result());
        if (result.cell().value() == null || operands.stream().anyMatch(o -> o.cell().value() == null)) {
            return Optional.empty();
        }
        List<CellRef> involved = new ArrayList<>(operands);
        involved.add(result);
        BigDecimal tolerance = tolerance(relation, involved);
        if (holds(relation, involved, -1, null, tolerance)) {
            return Optional.empty();
        }
        BigDecimal expected = relation.formula().apply(operands.stream().map(o -> o.cell().value()).toList());
        OcrTriage.Verdict verdict = OcrTriage.of(involved, (i, reading) -> holds(relation, involved, i, reading, tolerance));
        BigDecimal printed = result.cell().value();
        String operandsText = String.join(" " + relation.operator() + " ",
            operands.stream().map(o -> TableCells.columnName(table, o.column())).toList());
        String label = TableCells.rowLabel(table, row);
        String column = TableCells.columnName(table, relation.result());
        String vi = "Bảng " + table.id() + ", dòng «" + label + "»: cột «" + column + "» ghi " + Numbers.vi(printed)
            + " nhưng " + operandsText + " cho " + Numbers.vi(expected.stripTrailingZeros()) + ".";
        String en = "Table " + table.id() + ", row \"" + label + "\": column \"" + column + "\" prints " + Numbers.en(printed)
            + " but " + operandsText + " gives " + Numbers.en(expected) + ".";
        Evidence evidence = new Evidence(involved.stream().map(r -> TableCells.evidence(table, r)).toList(), expected, printed,
            tolerance);
        return Optional.of(new Finding(id(), severity(), vi, en, TableCells.location(table, result, involved), evidence,
            verdict.triage(), verdict.suggestion()));
    }

    private static BigDecimal tolerance(Relation relation, List<CellRef> involved) {
        CellRef result = involved.get(involved.size() - 1);
        if (relation.ratio()) {
            return BigDecimal.ONE.movePointLeft(result.cell().decimals() == null ? 0 : result.cell().decimals());
        }
        return involved.stream().map(r -> TableCells.halfUnit(r.cell())).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Whether the relation holds, with the {@code replaced}-th involved cell (the result last) read as {@code reading}. */
    private static boolean holds(Relation relation, List<CellRef> involved, int replaced, BigDecimal reading,
                                 BigDecimal tolerance) {
        List<BigDecimal> values = IntStream.range(0, involved.size())
            .mapToObj(i -> i == replaced ? reading : involved.get(i).cell().value()).toList();
        BigDecimal printed = values.get(values.size() - 1);
        BigDecimal expected = relation.formula().apply(values.subList(0, values.size() - 1));
        if (expected == null) {
            return true;
        }
        return expected.subtract(printed).abs().compareTo(tolerance) <= 0
            || relation.eitherSign() && expected.add(printed).abs().compareTo(tolerance) <= 0;
    }
}
