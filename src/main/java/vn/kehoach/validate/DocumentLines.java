package vn.kehoach.validate;

import java.util.List;
import vn.kehoach.model.Block;
import vn.kehoach.model.Line;
import vn.kehoach.model.Page;
import vn.kehoach.model.PlanDocument;

/** Every line of the document in reading order, table cells included; each knows its page and line by provenance. */
final class DocumentLines {

    private DocumentLines() {
    }

    static List<Line> of(PlanDocument document) {
        return document.pages().stream().map(Page::blocks).flatMap(List::stream).map(Block::allLines)
            .flatMap(List::stream).toList();
    }
}
