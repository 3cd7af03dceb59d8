package vn.kehoach.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.kehoach.model.Evidence;
import vn.kehoach.model.EvidenceValue;
import vn.kehoach.model.Finding;
import vn.kehoach.model.FindingLocation;
import vn.kehoach.model.PlanContent.Responsibility;
import vn.kehoach.model.PlanContent.Target;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.Severity;
import vn.kehoach.model.SourceSpan;

/** KH-D003: a deadline of a target or an assignment cannot have passed when the plan is issued. */
public final class DeadlineRule implements Rule {

    @Override
    public String id() {
        return "KH-D003";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "No deadline of a target or an assignment ends before the plan's own date.";
    }

    @Override
    public String tolerance() {
        return "A deadline is its whole printed period: \"trước tháng 6/2020\" and \"năm 2020\" hold for a plan dated in "
            + "them, up to their last day. Needs the plan's issue date and a deadline read as a date.";
    }

    @Override
    public List<Finding> check(PlanDocument document) {
        Optional<PrintedDate> issued = PrintedDate.issueDate(document);
        if (issued.isEmpty() || document.plan() == null) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (Target target : document.plan().targets()) {
            check(target.deadline(), PrintedDate.ofIso(target.deadlineDate()), target.span(), issued.get(), findings);
        }
        for (Responsibility duty : document.plan().responsibilities()) {
            if (duty.deadline() != null) {
                PrintedDate printed = PrintedDate.findAll(PrintedDate.fold(duty.deadline())).stream().findFirst().orElse(null);
                check(duty.deadline(), printed, duty.span(), issued.get(), findings);
            }
        }
        return findings;
    }

    private void check(String printed, PrintedDate deadline, SourceSpan span, PrintedDate issued, List<Finding> findings) {
        if (deadline != null && deadline.possible() && deadline.last().isBefore(issued.first())) {
            findings.add(finding(printed == null ? deadline.shown() : printed, deadline, span, issued));
        }
    }

    private Finding finding(String printed, PrintedDate deadline, SourceSpan span, PrintedDate issued) {
        FindingLocation location = Reports.at(span);
        String vi = Reports.whereVi(location) + "thời hạn «" + printed + "» (" + deadline.shown()
            + ") đã qua trước ngày ban hành kế hoạch " + issued.shown() + ".";
        String en = Reports.whereEn(location) + "the deadline \"" + printed + "\" (" + deadline.shown()
            + ") ends before the plan's own date " + issued.shown() + ".";
        Evidence evidence = new Evidence(List.of(new EvidenceValue("thời hạn / deadline", printed, null, null),
            new EvidenceValue("ngày ban hành / issue date", issued.iso(), null, null)), null, null, null);
        return Reports.finding(this, vi, en, location, evidence, Reports.triage(1));
    }
}
