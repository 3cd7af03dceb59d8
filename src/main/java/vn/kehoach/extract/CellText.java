package vn.kehoach.extract;

import vn.kehoach.model.Provenance;

/**
 * A cell's text before typing, with where it was read and how much it is trusted: the recognition
 * confidence, lowered by readers that had to guess the cell's column.
 */
record CellText(String text, Provenance provenance, double confidence) {

    static CellText empty(Provenance provenance) {
        return new CellText("", provenance, 1.0);
    }

    boolean isBlank() {
        return text.isBlank();
    }

    /** This cell with {@code more} appended below it, as when a wrapped line is joined back. */
    CellText append(CellText more) {
        if (more.isBlank()) {
            return this;
        }
        if (isBlank()) {
            return more;
        }
        Provenance p = provenance;
        if (p.box() != null && more.provenance().box() != null) {
            p = new Provenance(p.kind(), p.page(), p.line(), p.box().union(more.provenance().box()), p.confidence());
        }
        return new CellText(text + " " + more.text, p, Math.min(confidence, more.confidence));
    }
}
