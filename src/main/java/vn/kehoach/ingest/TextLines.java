package vn.kehoach.ingest;

import java.util.List;
import vn.kehoach.model.Line;
import vn.kehoach.model.Provenance;
import vn.kehoach.model.SourceKind;
import vn.kehoach.model.TextStyle;

/** Lines of sources without geometry (office files, plain text): no box, no words, full confidence. */
final class TextLines {

    /** Bold, size and font unknown: all that office XHTML and Markdown emphasis tell about typography. */
    static final TextStyle BOLD = new TextStyle(0, true, null);

    private TextLines() {
    }

    /** A line; its style is {@link #BOLD} or null, since these sources give no other typographic hint. */
    static Line line(String text, boolean bold, SourceKind kind, int page, int number) {
        return new Line(text, List.of(), bold ? BOLD : null, new Provenance(kind, page, number, null, 1.0));
    }
}
