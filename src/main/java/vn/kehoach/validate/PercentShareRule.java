package vn.kehoach.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import vn.kehoach.model.CellType;
import vn.kehoach.model.DataTable;
import vn.kehoach.model.Evidence;
import vn.kehoach.model.Finding;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.Severity;

/** KH-T003: a share printed as a percentage is at most 100%. */
public final class PercentShareRule implements Rule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public String id() {
        return "KH-T003";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "A percentage cell in a share column is at most 100.";
    }

    @Override
    public String tolerance() {
        return "Exact; an OCR reading is suggested only if it lies within the column's other shares. Cells typed percent, and numbers in percent columns; columns whose header compares with a plan "
            + "or a period (\"so với\", \"so sánh\", \"cùng kỳ\", \"kế hoạch\", \"thực hiện\", \"tăng trưởng\") may exceed 100 "
            + "and are skipped.";
    }

    @Override
    public List<Finding> check(PlanDocument document) {
        List<Finding> findings = new ArrayList<>();
        for (DataTable table : document.tables()) {
            for (int c = 0; c < table.columns().size(); c++) {
                if (TableCells.headerHasAny(table, c, "so voi", "so sanh", "cung ky", "ke hoach", "thuc hien", "tang truong")) {
                    continue;
                }
                boolean percentColumn = table.columns().get(c).type() == CellType.PERCENT;
                for (int r = 0; r < table.rows().size(); r++) {
                    CellRef cell = TableCells.ref(table, r, c);
                    BigDecimal value = cell.cell().value();
                    boolean percent = cell.cell().type() == CellType.PERCENT || percentColumn && cell.cell().type().isNumeric();
                    if (percent && value != null && value.compareTo(HUNDRED) > 0) {
                        findings.add(finding(table, cell));
                    }
                }
            }
        }
        return findings;
    }

    private Finding finding(DataTable table, CellRef cell) {
        BigDecimal value = cell.cell().value();
        // Any number above 100 drops below it by losing a digit, so a reading must also fit among the column's
        // other shares to count as the likely one.
        List<BigDecimal> others = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            BigDecimal v = table.rows().get(r).cells().get(cell.column()).value();
            if (r != cell.row() && v != null && v.compareTo(HUNDRED) <= 0) {
                others.add(v);
            }
        }
        OcrTriage.Verdict verdict = OcrTriage.of(List.of(cell), (index, reading) -> reading.compareTo(HUNDRED) <= 0
            && !others.isEmpty() && reading.compareTo(Collections.min(others)) >= 0
            && reading.compareTo(Collections.max(others)) <= 0);
        String vi = "Bảng " + table.id() + ", dòng «" + TableCells.rowLabel(table, cell.row()) + "», cột «"
            + TableCells.columnName(table, cell.column()) + "»: tỷ lệ " + Numbers.vi(value) + "% vượt quá 100%.";
        String en = "Table " + table.id() + ", row \"" + TableCells.rowLabel(table, cell.row()) + "\", column \""
            + TableCells.columnName(table, cell.column()) + "\": a share of " + Numbers.en(value) + "% is above 100%.";
        Evidence evidence = new Evidence(List.of(TableCells.evidence(table, cell)), HUNDRED, value, BigDecimal.ZERO);
        return new Finding(id(), severity(), vi, en, TableCells.location(table, cell, List.of(cell)), evidence,
            verdict.triage(), verdict.suggestion());
    }
}
