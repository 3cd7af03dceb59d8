package vn.kehoach.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.kehoach.model.DataTable;
import vn.kehoach.model.Evidence;
import vn.kehoach.model.EvidenceValue;
import vn.kehoach.model.Finding;
import vn.kehoach.model.FindingLocation;
import vn.kehoach.model.PlanContent.Target;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.Severity;
import vn.kehoach.validate.ShareColumns.Match;

/**
 * KH-N001: a count a sentence states with its share ("7.544 người chiếm tỷ lệ 87,97%") is the count the
 * table's total row prints beside the same share (found by {@link ShareColumns}).
 */
public final class NarrativeTableRule implements Rule {

    @Override
    public String id() {
        return "KH-N001";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "A count a sentence states with its share (\"7.544 người chiếm tỷ lệ 87,97%\") equals the count a table's "
            + "total row prints beside the same share.";
    }

    @Override
    public String tolerance() {
        return "The share must match at the coarser printed precision (87,97 = 87.97, 95 = 95,0); the count exactly, at "
            + "the sentence's precision. The count column is the one left of the share column; a read header must say "
            + "\"%\" or \"tỷ lệ\" for the share and share a word with the sentence's indicator or unit for the count "
            + "(without accents). No finding when any table agrees; sentences with a count but no share, or a share no "
            + "total row prints, are not checked. OCR triage as KH-T001 on the table's count.";
    }

    @Override
    public List<Finding> check(PlanDocument document) {
        if (document.plan() == null) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (Target target : document.plan().targets()) {
            for (StatedShare stated : StatedShare.of(target)) {
                List<Match> matches = ShareColumns.matches(document.tables(), stated);
                if (!matches.isEmpty() && matches.stream().noneMatch(m -> ShareColumns.sameCount(m.count().value(), stated.count()))) {
                    findings.add(finding(stated, matches.get(0)));
                }
            }
        }
        return findings;
    }

    private Finding finding(StatedShare stated, Match match) {
        CellRef count = TableCells.ref(match.table(), match.row(), match.column());
        OcrTriage.Verdict verdict = OcrTriage.of(List.of(count), (i, v) -> ShareColumns.sameCount(v, stated.count()));
        FindingLocation cell = TableCells.location(match.table(), count, List.of(count));
        boolean samePage = cell.lineFrom() != null && Objects.equals(stated.span().page(), cell.page());
        FindingLocation location = new FindingLocation(cell.page(), null, cell.table(), cell.row(), cell.column(),
            samePage ? Integer.valueOf(Math.min(stated.span().line(), cell.lineFrom())) : cell.lineFrom(),
            samePage ? Integer.valueOf(Math.max(stated.span().endLine(), cell.lineTo())) : cell.lineTo());
        String statedVi = Numbers.vi(stated.count()) + (stated.countUnit() == null ? "" : " " + stated.countUnit());
        String statedEn = Numbers.en(stated.count()) + (stated.countUnit() == null ? "" : " " + stated.countUnit());
        String vi = "Câu ở trang " + stated.span().page() + ", dòng " + stated.span().line() + " nêu " + statedVi + " (" + Numbers.vi(stated.rate())
            + "%) nhưng bảng " + match.table().id() + ", dòng «" + TableCells.rowLabel(match.table(), match.row()) + "», cột «"
            + TableCells.columnName(match.table(), match.column()) + "» ghi " + count.cell().raw() + ".";
        String en = "The sentence on page " + stated.span().page() + ", line " + stated.span().line() + " states " + statedEn + " ("
            + Numbers.en(stated.rate()) + "%) but table " + match.table().id() + ", row \"" + TableCells.rowLabel(match.table(), match.row())
            + "\", column \"" + TableCells.columnName(match.table(), match.column()) + "\" prints " + count.cell().raw() + ".";
        Evidence evidence = new Evidence(List.of(
            new EvidenceValue("câu / sentence (" + stated.what() + ")", statedVi + " = " + Numbers.vi(stated.rate()) + "%",
                stated.count(), null),
            TableCells.evidence(match.table(), count)), stated.count(), count.cell().value(), BigDecimal.ZERO);
        return new Finding(id(), severity(), vi, en, location, evidence, verdict.triage(), verdict.suggestion());
    }
}
