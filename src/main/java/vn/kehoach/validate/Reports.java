package vn.kehoach.validate;

import vn.kehoach.model.Evidence;
import vn.kehoach.model.Finding;
import vn.kehoach.model.FindingLocation;
import vn.kehoach.model.Provenance;
import vn.kehoach.model.SourceSpan;
import vn.kehoach.model.Triage;

/** Findings of the text rules: located by source lines, the section filled in later by {@link ValidateStage}. */
final class Reports {

    private Reports() {
    }

    static Finding finding(Rule rule, String vi, String en, FindingLocation location, Evidence evidence, Triage triage) {
        return new Finding(rule.id(), rule.severity(), vi, en, location, evidence, triage, null);
    }

    static FindingLocation at(SourceSpan span) {
        if (span == null) {
            return new FindingLocation(null, null, null, null, null, null, null);
        }
        return new FindingLocation(span.page(), null, null, null, null, span.line(),
            span.endPage() == span.page() ? span.endLine() : span.line());
    }

    static FindingLocation at(Provenance line) {
        return new FindingLocation(line.page(), null, null, null, null, line.line(), line.line());
    }

    /** "trang 1, dòng 36" / "page 1, line 36", or "" without a place. */
    static String whereVi(FindingLocation at) {
        return at.page() == null ? "" : "Trang " + at.page() + ", dòng " + at.lineFrom() + ": ";
    }

    static String whereEn(FindingLocation at) {
        return at.page() == null ? "" : "Page " + at.page() + ", line " + at.lineFrom() + ": ";
    }

    /** A scan doubted the line: the reader's own confidence is low, so the check may have failed on a misreading. */
    static Triage triage(double confidence) {
        return confidence < OcrTriage.LOW_CONFIDENCE ? Triage.PROBABLE_OCR_ERROR : Triage.SOURCE_INCONSISTENCY;
    }
}
