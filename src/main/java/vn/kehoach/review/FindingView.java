package vn.kehoach.review;

import vn.kehoach.model.Finding;

/**
 * A finding as the site shows it: what it involves, and either the href of its marked crop or why there
 * is none (the source has no page images, or the source file was not found).
 */
record FindingView(Finding finding, FindingFocus focus, String cropHref, String noCropReason) {

    /** The value of the data-triage attribute the filters match: the triage id, or "none". */
    String triageId() {
        return finding.triage() == null ? "none" : finding.triage().id();
    }
}
