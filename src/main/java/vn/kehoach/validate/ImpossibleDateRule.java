package vn.kehoach.validate;

import java.util.ArrayList;
import java.util.List;
import vn.kehoach.model.Evidence;
import vn.kehoach.model.EvidenceValue;
import vn.kehoach.model.Finding;
import vn.kehoach.model.FindingLocation;
import vn.kehoach.model.Line;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.Severity;

/** KH-D004: a printed date that no calendar has (31/02/2023, tháng 13/2023) cannot be meant as printed. */
public final class ImpossibleDateRule implements Rule {

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
        return "Every printed date exists: the month is 1 to 12, the day within its month (29/02 only in leap years).";
    }

    @Override
    public String tolerance() {
        return "Exact. Dates as \"dd/mm/yyyy\" (one separator throughout), \"ngày d tháng m năm yyyy\" and \"tháng m/yyyy\" "
            + "with a year 1900-2099, matched without accents within one line; a line read with confidence below 0.5 "
            + "is triaged as a probable OCR error.";
    }

    @Override
    public List<Finding> check(PlanDocument document) {
        List<Finding> findings = new ArrayList<>();
        for (Line line : DocumentLines.of(document)) {
            for (PrintedDate date : PrintedDate.findAll(PrintedDate.fold(line.text()))) {
                if (!date.possible()) {
                    findings.add(finding(line, date));
                }
            }
        }
        return findings;
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
