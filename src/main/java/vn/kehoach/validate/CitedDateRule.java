package vn.kehoach.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.kehoach.model.Evidence;
import vn.kehoach.model.EvidenceValue;
import vn.kehoach.model.Finding;
import vn.kehoach.model.FindingLocation;
import vn.kehoach.model.LegalBasis;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.model.Severity;

/**
 * KH-D002: a plan can only be based on, or refer to, documents that existed when it was issued: the
 * preamble's legal bases and the documents its sections cite ("… tại Nghị quyết số 09-NQ/TU ngày …").
 */
public final class CitedDateRule implements Rule {

    @Override
    public String id() {
        return "KH-D002";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "No document cited as a basis (\"Căn cứ\", \"Thực hiện\") or inside the sections is dated after the plan's own "
            + "date.";
    }

    @Override
    public String tolerance() {
        return "By day; the same day is allowed. A citation read with confidence below 0.5 is triaged as a probable OCR "
            + "error. Needs the plan's issue date and the citation's date.";
    }

    @Override
    public List<Finding> check(PlanDocument document) {
        Optional<PrintedDate> issued = PrintedDate.issueDate(document);
        if (issued.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        check(document.document().legalBases(), "văn bản căn cứ", issued.get(), findings);
        if (document.plan() != null) {
            check(document.plan().citations(), "văn bản được dẫn", issued.get(), findings);
        }
        return findings;
    }

    /** @param kindVi how the Vietnamese message names these documents: a basis, or one cited in the text */
    private void check(List<LegalBasis> citations, String kindVi, PrintedDate issued, List<Finding> findings) {
        for (LegalBasis citation : citations) {
            PrintedDate cited = PrintedDate.ofIso(citation.date());
            if (cited != null && cited.possible() && cited.first().isAfter(issued.last())) {
                findings.add(finding(citation, kindVi, cited, issued));
            }
        }
    }

    private Finding finding(LegalBasis basis, String kindVi, PrintedDate cited, PrintedDate issued) {
        FindingLocation location = Reports.at(basis.span());
        String name = basis.reference() == null ? (basis.type() == null ? "văn bản" : basis.type()) : basis.reference();
        String vi = Reports.whereVi(location) + kindVi + " " + name + " ngày " + cited.shown()
            + " được ban hành sau kế hoạch (" + issued.shown() + ").";
        String en = Reports.whereEn(location) + "the cited document " + name + " of " + cited.shown()
            + " is dated after the plan itself (" + issued.shown() + ").";
        Evidence evidence = new Evidence(List.of(new EvidenceValue(kindVi + " / cited document", cited.iso(), null, null),
            new EvidenceValue("ngày ban hành / issue date", issued.iso(), null, null)), null, null, null);
        return Reports.finding(this, vi, en, location, evidence, Reports.triage(basis.confidence()));
    }
}
