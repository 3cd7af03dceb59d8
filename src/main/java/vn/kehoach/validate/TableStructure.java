package vn.kehoach.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import vn.kehoach.model.DataRow;
import vn.kehoach.model.DataTable;

/**
 * How a table's rows add up: the grand total (the last total row), sub-totals with their items, and the
 * rows the grand total sums. Two conventions of Vietnamese tables make sub-totals: a group row numbered
 * with a Roman numeral or a capital letter ("I", "II.", "A") heading the arabic-numbered rows below it,
 * and a total row ("Cộng") before the last one closing the rows since the previous total. Rows detailing
 * the row above them ("1.1", "-", "a)", a blank order and "- Đất thủy lợi") are in no sum: their parent already counts them.
 */
final class TableStructure {

    /** A label opened by a dash or plus: a detail row whose order cell was left blank ("- Đất thủy lợi"). */
    private static final Pattern SUB_ITEM_LABEL = Pattern.compile("[-+•–]\\s.*");
    private static final Pattern GROUP_NUMBER = Pattern.compile("(?:[IVX]+|[A-Z])\\.?");
    /** Order marks of rows detailing the row above: "1.1", "2.3.1" (not "1.112": thousands), "-", "+", "a)". */
    private static final Pattern SUB_ITEM_MARK = Pattern.compile("\\d{1,2}(?:\\.\\d{1,2})+\\.?|[-+*•–]|[a-zđ]\\)");

    /** A sub-total row and the rows it sums. */
    record Group(int subtotal, List<Integer> items) {
    }

    private TableStructure() {
    }

    static Optional<Integer> grandTotal(DataTable table) {
        List<Integer> totals = IntStream.range(0, table.rows().size()).filter(r -> table.rows().get(r).isTotal()).boxed().toList();
        return totals.isEmpty() ? Optional.empty() : Optional.of(totals.get(totals.size() - 1));
    }

    static List<Group> groups(DataTable table) {
        List<Group> groups = new ArrayList<>();
        int total = grandTotal(table).orElse(-1);
        Integer head = null;
        List<Integer> items = new ArrayList<>();
        int sinceTotal = 0;
        for (int r = 0; r < table.rows().size(); r++) {
            DataRow row = table.rows().get(r);
            if (isGroupRow(row) || row.isTotal()) {
                if (head != null) {
                    groups.add(new Group(head, List.copyOf(items)));
                }
                head = null;
                items.clear();
            }
            if (row.isTotal() && r != total && r > sinceTotal) {
                groups.add(new Group(r, IntStream.range(sinceTotal, r)
                    .filter(i -> !table.rows().get(i).isTotal() && !isSubItem(table.rows().get(i))).boxed().toList()));
            }
            if (row.isTotal()) {
                sinceTotal = r + 1;
            } else if (isGroupRow(row)) {
                head = r;
            } else if (head != null && !isSubItem(row)) {
                items.add(r);
            }
        }
        if (head != null) {
            groups.add(new Group(head, List.copyOf(items)));
        }
        return groups;
    }

    /** The rows the grand total sums: sub-totals in place of their items, and rows in no group. */
    static List<Integer> grandTotalItems(DataTable table) {
        List<Group> groups = groups(table);
        return IntStream.range(0, table.rows().size()).filter(r -> {
            boolean subtotal = groups.stream().anyMatch(g -> g.subtotal() == r);
            boolean grouped = groups.stream().anyMatch(g -> g.items().contains(r));
            DataRow row = table.rows().get(r);
            return subtotal || !grouped && !row.isTotal() && !isSubItem(row);
        }).boxed().toList();
    }

    private static boolean isSubItem(DataRow row) {
        return !row.cells().isEmpty() && (SUB_ITEM_MARK.matcher(row.cells().get(0).raw().strip()).matches()
            || row.cells().stream().limit(2).anyMatch(c -> SUB_ITEM_LABEL.matcher(c.raw().strip()).matches()));
    }

    private static boolean isGroupRow(DataRow row) {
        return !row.cells().isEmpty() && GROUP_NUMBER.matcher(row.cells().get(0).raw().strip()).matches();
    }
}
