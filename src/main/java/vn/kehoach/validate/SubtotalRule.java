package vn.kehoach.validate;

import java.util.ArrayList;
import java.util.List;
import vn.kehoach.model.DataTable;
import vn.kehoach.model.Finding;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.Severity;

/** KH-T006: each sub-total row (a group row "I", "II", "A" or an inner "Cộng") is the sum of its items. */
public final class SubtotalRule implements Rule {

    @Override
    public String id() {
        return "KH-T006";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "Each sub-total row (a group row numbered I, II, A ... or a total row before the last) sums its items.";
    }

    @Override
    public String tolerance() {
        return "As KH-T001, over the rows below a group row up to the next group or total row, or the rows between a "
            + "sub-total row and the previous total row; rows detailing the row above (\"1.1\", \"-\", \"a)\") are not summed; "
            + "a group with fewer than two items is skipped.";
    }

    @Override
    public List<Finding> check(PlanDocument document) {
        List<Finding> findings = new ArrayList<>();
        for (DataTable table : document.tables()) {
            for (TableStructure.Group group : TableStructure.groups(table)) {
                String label = TableCells.rowLabel(table, group.subtotal());
                for (int c = 0; c < table.columns().size(); c++) {
                    ColumnSums.check(this, table, group.subtotal(), group.items(), c, "dòng «" + label + "»",
                        "row \"" + label + "\"").ifPresent(findings::add);
                }
            }
        }
        return findings;
    }
}
