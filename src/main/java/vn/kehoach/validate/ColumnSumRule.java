package vn.kehoach.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.kehoach.model.DataTable;
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
        return "Each numeric column of a table sums, over its item rows (sub-totals in place of their items), to the figure its total row prints.";
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
            Optional<Integer> total = TableStructure.grandTotal(table);
            if (total.isEmpty()) {
                continue;
            }
            List<Integer> items = TableStructure.grandTotalItems(table);
            for (int c = 0; c < table.columns().size(); c++) {
                ColumnSums.check(this, table, total.get(), items, c, "dòng tổng", "the total row").ifPresent(findings::add);
            }
        }
        return findings;
    }
}
