package vn.kehoach.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kehoach.model.Evidence;
import vn.kehoach.model.EvidenceValue;
import vn.kehoach.model.Finding;
import vn.kehoach.model.FindingLocation;
import vn.kehoach.model.Line;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.Severity;

/**
 * KH-D004: a printed date that no calendar has (31/02/2023, tháng 13/2023) cannot be meant as printed, and
 * one whose day or month cannot be read ("ngày    tháng 3 năm 2024") dates nothing.
 */
public final class DateValidityRule implements Rule {

    /**
     * "ngày ... tháng ... năm 2024" whose day or month is left blank (spaces, dots, underscores: a draft never
     * dated) or printed with a letter among its digits ("1O"); other words between the cues make no date.
     */
    private static final String PART = "(?:[\\s._…]*|\\s*[\\doilsz]{1,2}\\s*)";
    private static final Pattern UNREADABLE = Pattern.compile(
        "\\bngay(?<d>" + PART + ")thang(?<m>" + PART + ")nam\\s*(?:19|20)\\d\\d(?!\\d)");
    private static final Pattern NUMBER = Pattern.compile("\\s*\\d{1,2}\\s*");

    @Override
    public String id() {
        return "KH-D004";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "Every printed date can be read and exists: a day and month are printed, the month is 1 to 12, the day "
            + "within its month (29/02 only in leap years).";
    }

    @Override
    public String tolerance() {
        return "Exact. Dates as \"dd/mm/yyyy\" (one separator throughout), \"ngày d tháng m năm yyyy\" and \"tháng m/yyyy\" "
            + "(\"năm\" also with its vowel misread, \"nim\") with a year 1900-2099, matched without accents within one line. Unreadable: \"ngày ... tháng ... năm yyyy\" "
            + "with the day or month blank (spaces, dots, underscores) or holding a letter among one or two digits. A line "
            + "read with confidence below 0.5 is triaged as a probable OCR error.";
    }

    @Override
    public List<Finding> check(PlanDocument document) {
        List<Finding> findings = new ArrayList<>();
        for (Line line : DocumentLines.of(document)) {
            String folded = PrintedDate.fold(line.text());
            for (PrintedDate date : PrintedDate.findAll(folded)) {
                if (!date.possible()) {
                    findings.add(finding(line, date));
                }
            }
            Matcher unreadable = UNREADABLE.matcher(folded);
            while (unreadable.find()) {
                if (!NUMBER.matcher(unreadable.group("d")).matches() || !NUMBER.matcher(unreadable.group("m")).matches()) {
                    findings.add(unreadable(line, unreadable));
                }
            }
        }
        return findings;
    }

    private Finding unreadable(Line line, Matcher m) {
        FindingLocation location = Reports.at(line.provenance());
        String printed = line.text().length() == m.regionEnd() ? line.text().substring(m.start(), m.end()) : m.group();
        String vi = Reports.whereVi(location) + "ngày «" + printed.strip() + "» không đọc được: thiếu ngày hoặc tháng.";
        String en = Reports.whereEn(location) + "the date \"" + printed.strip() + "\" cannot be read: its day or month is missing.";
        Evidence evidence = new Evidence(List.of(new EvidenceValue("ngày / date", printed.strip(), null, line.provenance())),
            null, null, null);
        return Reports.finding(this, vi, en, location, evidence, Reports.triage(line.provenance().confidence()));
    }

    private Finding finding(Line line, PrintedDate date) {
        FindingLocation location = Reports.at(line.provenance());
        String printed = date.printedIn(line.text());
        String vi = Reports.whereVi(location) + "ngày «" + printed + "» không tồn tại"
            + (date.day() == null ? "" : " (tháng " + date.month() + " không có ngày " + date.day() + ")") + ".";
        String en = Reports.whereEn(location) + "the date \"" + printed + "\" does not exist"
            + (date.day() == null ? "" : " (month " + date.month() + " has no day " + date.day() + ")") + ".";
        Evidence evidence = new Evidence(List.of(new EvidenceValue("ngày / date", printed, null, line.provenance())),
            null, null, null);
        return Reports.finding(this, vi, en, location, evidence, Reports.triage(line.provenance().confidence()));
    }
}
