package vn.kehoach.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.kehoach.model.DataTable;
import vn.kehoach.model.Evidence;
import vn.kehoach.model.EvidenceValue;
import vn.kehoach.model.Finding;
import vn.kehoach.model.FindingLocation;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.Severity;
import vn.kehoach.model.Triage;
import vn.kehoach.validate.ShareColumns.Match;

/**
 * KH-N002: the date a sentence gives a figure (a target's deadline "đến tháng 11 năm 2023", a baseline's
 * "tính đến ngày 06/02/2023") is the date the header of the table column holding the same figure gives.
 */
public final class HeaderDateRule implements Rule {

    @Override
    public String id() {
        return "KH-N002";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "A target's deadline or a baseline's as-of date in a sentence is the date the header of the table column "
            + "holding that figure prints.";
    }

    @Override
    public String tolerance() {
        return "Compared at the coarser printed precision (\"năm 2023\" agrees with \"tháng 11/2023\"). The column is found "
            + "as in KH-N001 (the share the sentence states, on a total row); its header, or its share column's header, must "
            + "have been read and print a date. No finding when any such column agrees.";
    }

    @Override
    public List<Finding> check(PlanDocument document) {
        List<Finding> findings = new ArrayList<>();
        for (StatedShare stated : StatedShare.inPlan(document)) {
            PrintedDate said = PrintedDate.ofIso(stated.date());
            if (said == null) {
                continue;
            }
            List<Dated> dated = ShareColumns.byShare(document.tables(), stated).stream()
                .flatMap(m -> headerDate(m).map(d -> new Dated(m, d)).stream()).toList();
            if (!dated.isEmpty() && dated.stream().noneMatch(d -> d.date().agreesWith(said))) {
                findings.add(finding(stated, said, dated.get(0)));
            }
        }
        return findings;
    }

    private record Dated(Match match, PrintedDate date) {
    }

    /** The first date the count column's header prints, else its share column's. */
    private static Optional<PrintedDate> headerDate(Match match) {
        for (int column : new int[] {match.column(), match.column() + 1}) {
            String header = PrintedDate.fold(String.join(" ", match.table().columns().get(column).path()));
            Optional<PrintedDate> date = PrintedDate.findAll(header).stream().filter(PrintedDate::possible).findFirst();
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    private Finding finding(StatedShare stated, PrintedDate said, Dated header) {
        DataTable table = header.match().table();
        CellRef count = TableCells.ref(table, header.match().row(), header.match().column());
        FindingLocation location = new FindingLocation(stated.span().page(), null, table.id(), null, count.column(),
            stated.span().line(), stated.span().endPage() == stated.span().page() ? stated.span().endLine() : stated.span().line());
        String column = TableCells.columnName(table, count.column());
        String vi = "Câu ở trang " + stated.span().page() + ", dòng " + stated.span().line() + " gắn " + Numbers.vi(stated.count())
            + " với thời điểm " + said.shown() + " nhưng tiêu đề cột «" + column + "» của bảng " + table.id() + " ghi "
            + header.date().shown() + ".";
        String en = "The sentence on page " + stated.span().page() + ", line " + stated.span().line() + " dates "
            + Numbers.en(stated.count()) + " " + said.shown() + " but the header of column \"" + column + "\" of table "
            + table.id() + " says " + header.date().shown() + ".";
        Evidence evidence = new Evidence(List.of(
            new EvidenceValue("câu / sentence (" + stated.what() + ")", said.iso(), stated.count(), null),
            new EvidenceValue("tiêu đề cột / column header", column, null, count.cell().provenance())),
            null, null, null);
        return Reports.finding(this, vi, en, location, evidence, Triage.SOURCE_INCONSISTENCY);
    }
}
