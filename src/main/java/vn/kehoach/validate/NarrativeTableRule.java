package vn.kehoach.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import vn.kehoach.model.DataTable;
import vn.kehoach.model.Evidence;
import vn.kehoach.model.EvidenceValue;
import vn.kehoach.model.Finding;
import vn.kehoach.model.FindingLocation;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.Severity;
import vn.kehoach.validate.ShareColumns.Match;

/**
 * KH-N001: a count a sentence states with its share ("7.544 người chiếm tỷ lệ 87,97%") is the pair the
 * table's total row prints (found by {@link ShareColumns}): the same share finds the count to compare,
 * else the same count finds the share.
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
        return "A count a sentence states with its share (\"7.544 người chiếm tỷ lệ 87,97%\") is the pair a table's total "
            + "row prints: the same count beside the same share.";
    }

    @Override
    public String tolerance() {
        return "The share must match at the coarser printed precision (87,97 = 87.97, 95 = 95,0); the count exactly, at "
            + "the sentence's precision. The count column is the one left of the share column; a column's own header, "
            + "when read (a group header alone over it, as OCR dumps give, does not count), must say \"%\" or \"tỷ lệ\" for the share and share a word with the sentence's indicator or unit for the count "
            + "(without accents). The count beside the same share is compared; when no total row prints the share, the share "
            + "beside the same count. No finding when any table agrees; sentences with a count but no share are not "
            + "checked. OCR triage as KH-T001 on the table's cell (a share read \"031\" for 0,31 suggests 0,31).";
    }

    @Override
    public List<Finding> check(PlanDocument document) {
        List<Finding> findings = new ArrayList<>();
        for (StatedShare stated : StatedShare.inPlan(document)) {
            compare(document.tables(), stated).ifPresent(findings::add);
        }
        return findings;
    }

    /** The count beside the same share; failing any, the share beside the same count (which then cannot agree). */
    private Optional<Finding> compare(List<DataTable> tables, StatedShare stated) {
        List<Match> byShare = ShareColumns.byShare(tables, stated);
        if (!byShare.isEmpty()) {
            return byShare.stream().anyMatch(m -> ShareColumns.sameCount(m.count().value(), stated.count())) ? Optional.empty()
                : Optional.of(finding(stated, byShare.get(0), byShare.get(0).column(), stated.count(),
                    v -> ShareColumns.sameCount(v, stated.count())));
        }
        return ShareColumns.byCount(tables, stated).stream().findFirst()
            .map(m -> finding(stated, m, m.column() + 1, stated.rate(), v -> ShareColumns.sameShare(v, stated.rate())));
    }

    /** A finding on the table cell at {@code column} of the match, which should read {@code stated}. */
    private Finding finding(StatedShare stated, Match match, int column, BigDecimal statedValue, Predicate<BigDecimal> agrees) {
        CellRef cellRef = TableCells.ref(match.table(), match.row(), column);
        OcrTriage.Verdict verdict = OcrTriage.of(List.of(cellRef), (i, v) -> agrees.test(v));
        FindingLocation cell = TableCells.location(match.table(), cellRef, List.of(cellRef));
        boolean samePage = cell.lineFrom() != null && Objects.equals(stated.span().page(), cell.page());
        FindingLocation location = new FindingLocation(cell.page(), null, cell.table(), cell.row(), cell.column(),
            samePage ? Integer.valueOf(Math.min(stated.span().line(), cell.lineFrom())) : cell.lineFrom(),
            samePage ? Integer.valueOf(Math.max(stated.span().endLine(), cell.lineTo())) : cell.lineTo());
        String statedVi = Numbers.vi(stated.count()) + (stated.countUnit() == null ? "" : " " + stated.countUnit());
        String statedEn = Numbers.en(stated.count()) + (stated.countUnit() == null ? "" : " " + stated.countUnit());
        String row = TableCells.rowLabel(match.table(), match.row());
        String columnName = TableCells.columnName(match.table(), column);
        String vi = "Câu ở trang " + stated.span().page() + ", dòng " + stated.span().line() + " nêu " + statedVi + " ("
            + Numbers.vi(stated.rate()) + "%) nhưng bảng " + match.table().id() + ", dòng «" + row + "», cột «" + columnName
            + "» ghi " + cellRef.cell().raw() + ".";
        String en = "The sentence on page " + stated.span().page() + ", line " + stated.span().line() + " states " + statedEn
            + " (" + Numbers.en(stated.rate()) + "%) but table " + match.table().id() + ", row \"" + row + "\", column \""
            + columnName + "\" prints " + cellRef.cell().raw() + ".";
        Evidence evidence = new Evidence(List.of(
            new EvidenceValue("câu / sentence (" + stated.what() + ")", statedVi + " = " + Numbers.vi(stated.rate()) + "%",
                statedValue, null),
            TableCells.evidence(match.table(), cellRef)), statedValue, cellRef.cell().value(), BigDecimal.ZERO);
        return new Finding(id(), severity(), vi, en, location, evidence, verdict.triage(), verdict.suggestion());
    }
}
