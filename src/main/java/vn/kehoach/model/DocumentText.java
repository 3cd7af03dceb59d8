package vn.kehoach.model;

import java.util.stream.Collectors;

/** The plain text of a document as people read it: blocks by newlines, pages by form feeds. */
public final class DocumentText {

    private DocumentText() {
    }

    public static String of(PlanDocument document) {
        return document.pages().stream().map(DocumentText::of).collect(Collectors.joining("\f"));
    }

    public static String of(Page page) {
        return page.blocks().stream().map(Block::text).collect(Collectors.joining("\n"));
    }
}
