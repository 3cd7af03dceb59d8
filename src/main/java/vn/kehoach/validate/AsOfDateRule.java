package vn.kehoach.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kehoach.model.Evidence;
import vn.kehoach.model.EvidenceValue;
import vn.kehoach.model.Finding;
import vn.kehoach.model.FindingLocation;
import vn.kehoach.model.Line;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.Provenance;
import vn.kehoach.model.Severity;

/**
 * KH-D001: figures "as of" a date ("tính đến ngày 31/12/2023", "đến thời điểm ...", "tính đến hết ...")
 * describe what was known when the plan was written, so that date cannot come after the plan's own date.
 * A target's "tính đến" is a deadline, not a data date: clauses that name a target are left alone.
 */
public final class AsOfDateRule implements Rule {

    /** The as-of cue; the date must follow within a few characters. */
    private static final Pattern CUE = Pattern.compile("\\b(?:tinh\\s+(?:den|toi)(?:\\s+het)?|den\\s+thoi\\s+diem)\\b");
    /** A header phrase broken over two lines and interleaved with its neighbour column: "... có thẻ tính | Chỉ tiêu ..." / "đến 06/3/2023". */
    private static final Pattern CONTINUED = Pattern.compile("^\\s*(?:den|toi)\\b(?:\\s+het)?");
    /** A word of two letters or more, once dates and their cues are set aside. */
    private static final Pattern HAS_WORD = Pattern.compile("\\b(?!ngay\\b|thang\\b|nam\\b|het\\b)\\p{L}{2,}");
    private static final Pattern DANGLING_TINH = Pattern.compile("\\btinh\\b(?!\\s+(?:den|toi))");
    /** Words that make the clause a target, whose "tính đến" date is a deadline. */
    private static final Pattern TARGET = Pattern.compile("\\b(?:chi tieu|muc tieu|ke hoach|phan dau|du kien|dat)\\b");
    private static final int DATE_WITHIN = 12;

    @Override
    public String id() {
        return "KH-D001";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "Data stated \"as of\" a date (\"tính đến ngày ...\", \"đến thời điểm ...\") are not dated after the plan's own date.";
    }

    @Override
    public String tolerance() {
        return "By day at the printed precision: an as-of \"tháng 3/2023\" is after a plan of 13/02/2023; a bare year is a "
            + "horizon, not a data date, and skipped. Matched without accents in one line or across a line break, also "
            + "when a table header's \"tính\" and \"đến <date>\" were split by a neighbouring column (a line holding only "
            + "\"đến\", dates and numbers). Clauses naming a target (chỉ tiêu, mục tiêu, kế hoạch, phấn đấu, dự kiến, đạt) "
            + "before the cue are deadlines and skipped. Needs the plan's issue date.";
    }

    @Override
    public List<Finding> check(PlanDocument document) {
        Optional<PrintedDate> issued = PrintedDate.issueDate(document);
        if (issued.isEmpty()) {
            return List.of();
        }
        List<Line> lines = DocumentLines.of(document);
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            Line next = i + 1 < lines.size() ? lines.get(i + 1) : null;
            Line previous = i > 0 ? lines.get(i - 1) : null;
            asOf(line, next).or(() -> continued(previous, line))
                .filter(date -> date.possible() && date.first().isAfter(issued.get().last()))
                .ifPresent(date -> findings.add(finding(line.provenance(), date, issued.get())));
        }
        return findings;
    }

    /** A cue starting in this line with its date in this line or the next. */
    private static Optional<PrintedDate> asOf(Line line, Line next) {
        String own = PrintedDate.fold(line.text());
        String joined = next == null ? own : own + " " + PrintedDate.fold(next.text());
        Matcher cue = CUE.matcher(joined);
        while (cue.find() && cue.start() < own.length()) {
            String clause = joined.substring(0, cue.start()).replaceAll(".*[;.:]", "");
            Optional<PrintedDate> date = datedAfter(joined, cue.end());
            if (date.isPresent() && !TARGET.matcher(clause).find()) {
                return date;
            }
        }
        return Optional.empty();
    }

    /**
     * A header fragment "đến <date>" (nothing but dates and numbers after the cue: a wrapped sentence "... đến
     * ngày 31/12/2025 theo ..." is prose, not a header) whose "tính" was left dangling at the previous line.
     */
    private static Optional<PrintedDate> continued(Line previous, Line line) {
        String own = PrintedDate.fold(line.text());
        Matcher start = CONTINUED.matcher(own);
        if (previous == null || !start.find() || HAS_WORD.matcher(own.substring(start.end())).find()) {
            return Optional.empty();
        }
        String before = PrintedDate.fold(previous.text());
        Matcher tinh = DANGLING_TINH.matcher(before);
        if (!tinh.find() || TARGET.matcher(before.substring(0, tinh.start())).find()) {
            return Optional.empty();
        }
        return datedAfter(own, start.end());
    }

    private static Optional<PrintedDate> datedAfter(String folded, int from) {
        return PrintedDate.firstAfter(folded, from, DATE_WITHIN).filter(d -> d.month() != null);
    }

    private Finding finding(Provenance at, PrintedDate asOf, PrintedDate issued) {
        FindingLocation location = Reports.at(at);
        String vi = Reports.whereVi(location) + "số liệu tính đến " + asOf.shown() + ", sau ngày ban hành kế hoạch "
            + issued.shown() + ".";
        String en = Reports.whereEn(location) + "figures as of " + asOf.shown() + ", after the plan's own date "
            + issued.shown() + ".";
        Evidence evidence = new Evidence(List.of(new EvidenceValue("tính đến / as of", asOf.raw(), null, at),
            new EvidenceValue("ngày ban hành / issue date", issued.iso(), null, null)), null, null, null);
        return Reports.finding(this, vi, en, location, evidence, Reports.triage(at.confidence()));
    }
}
