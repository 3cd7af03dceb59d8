package vn.kehoach.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;
import vn.kehoach.model.Block;
import vn.kehoach.model.Heading;
import vn.kehoach.model.Line;
import vn.kehoach.model.ListItem;
import vn.kehoach.model.SourceKind;

/**
 * Builds blocks from the XHTML SAX events of Tika's parsers: {@code h1..h6} become headings, {@code li}
 * list items, {@code p}, {@code div} and loose text paragraphs (or list items when they start with a
 * printed marker), {@code table/tr/td|th} tables with their spans. Lines break at {@code br}, at block
 * boundaries and, except in HTML, at the newline characters Tika emits for soft line breaks. A table
 * nested in a cell is flattened into that cell's lines, because a cell holds lines only.
 *
 * <p>Lines are numbered in the order they are read; the caller renumbers them once the blocks are final.
 */
final class XhtmlBlockBuilder extends DefaultHandler {

    private static final Set<String> SKIPPED = Set.of("head", "title", "script", "style", "template");
    private static final Set<String> BOUNDARIES = Set.of("p", "div", "blockquote", "address", "dd", "dt",
        "section", "article", "header", "footer", "main", "aside", "nav", "figure", "figcaption", "caption",
        "center", "form", "hr", "body");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final int MAX_SPAN = 1000;

    private final boolean html;
    private final ReadLimits limits;

    private final List<Block> blocks = new ArrayList<>();
    private final Deque<OpenList> openLists = new ArrayDeque<>();
    private TableDraft table;
    private int nestedTables;
    private int skipped;
    private int bold;
    private int pre;
    private int lineNumber;

    private final List<Line> lines = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int boldLetters;
    private int plainLetters;
    private int headingLevel;
    private String pendingItemMarker;
    private boolean blockStarted;
    private int blockHeadingLevel;
    private String blockItemMarker;

    /**
     * @param html whether the source is HTML, where newlines are mere white space and only {@code br} breaks a line
     * @param limits the budget of the parse, charged with every event
     */
    XhtmlBlockBuilder(boolean html, ReadLimits limits) {
        this.html = html;
        this.limits = limits;
    }

    /** The blocks read so far (all of them once the parse has ended). */
    List<Block> blocks() {
        return List.copyOf(blocks);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        limits.charge(0);
        String name = nameOf(localName, qName);
        if (SKIPPED.contains(name)) {
            skipped++;
        }
        if (skipped > 0) {
            return;
        }
        switch (name) {
            case "b", "strong" -> bold++;
            case "pre" -> {
                pre++;
                endBlock();
            }
            case "br" -> endLine();
            case "ul", "ol" -> {
                endBlock();
                openLists.push(new OpenList(name.equals("ol")));
            }
            case "li" -> {
                endBlock();
                pendingItemMarker = nextItemMarker();
            }
            case "table" -> {
                endBlock();
                if (table == null) {
                    table = new TableDraft();
                } else {
                    nestedTables++;
                }
            }
            case "tr" -> {
                endBlock();
                if (table != null && nestedTables == 0) {
                    table.startRow();
                }
            }
            case "td", "th" -> {
                endBlock();
                if (table != null && nestedTables == 0) {
                    table.startCell(span(atts, "rowspan"), span(atts, "colspan"));
                }
            }
            default -> {
                if (HEADINGS.contains(name)) {
                    endBlock();
                    headingLevel = name.charAt(1) - '0';
                } else if (BOUNDARIES.contains(name)) {
                    endBlock();
                }
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        String name = nameOf(localName, qName);
        if (SKIPPED.contains(name)) {
            skipped = Math.max(0, skipped - 1);
            return;
        }
        if (skipped > 0) {
            return;
        }
        switch (name) {
            case "b", "strong" -> bold = Math.max(0, bold - 1);
            case "pre" -> {
                endBlock();
                pre = Math.max(0, pre - 1);
            }
            case "ul", "ol" -> {
                endBlock();
                openLists.poll();
            }
            case "li" -> {
                endBlock();
                pendingItemMarker = null;
            }
            case "td", "th" -> {
                endBlock();
                if (table != null && nestedTables == 0) {
                    table.endCell();
                }
            }
            case "tr" -> {
                endBlock();
                if (table != null && nestedTables == 0) {
                    table.endRow();
                }
            }
            case "table" -> endTable();
            default -> {
                if (HEADINGS.contains(name)) {
                    endBlock();
                    headingLevel = 0;
                } else if (BOUNDARIES.contains(name)) {
                    endBlock();
                }
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        limits.charge(length);
        if (skipped > 0) {
            return;
        }
        for (int i = start; i < start + length; i++) {
            append(ch[i]);
        }
    }

    @Override
    public void endDocument() {
        endBlock();
        if (table != null) {
            nestedTables = 0;
            endTable();
        }
    }

    private void append(char c) {
        boolean collapsible = html && pre == 0;
        if (c == '\n' && !collapsible) {
            endLine();
        } else if (c == '\r') {
            return;
        } else if (collapsible && Character.isWhitespace(c)) {
            if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
                text.append(' ');
            }
        } else {
            if (!Character.isWhitespace(c)) {
                startBlockIfNew();
                if (bold > 0) {
                    boldLetters++;
                } else {
                    plainLetters++;
                }
            }
            text.append(c);
        }
    }

    /** Fixes what the block is when its first visible character arrives: heading, list item or paragraph. */
    private void startBlockIfNew() {
        if (!blockStarted) {
            blockStarted = true;
            blockHeadingLevel = headingLevel;
            blockItemMarker = pendingItemMarker;
            pendingItemMarker = null;
        }
    }

    private void endLine() {
        String lineText = text.toString().strip();
        if (!lineText.isEmpty()) {
            boolean allBold = boldLetters > 0 && plainLetters == 0;
            lines.add(TextLines.line(lineText, allBold, SourceKind.OFFICE, 1, ++lineNumber));
        }
        text.setLength(0);
        boldLetters = 0;
        plainLetters = 0;
    }

    /** Ends the current block: its lines go to the open table cell, or become a block of their own. */
    private void endBlock() {
        endLine();
        blockStarted = false;
        if (lines.isEmpty()) {
            return;
        }
        if (table != null && table.inCell()) {
            table.addLines(lines);
        } else if (blockHeadingLevel > 0) {
            blocks.add(new Heading(blockHeadingLevel, lines));
        } else if (blockItemMarker != null) {
            String printed = ListMarkers.find(lines.get(0).text()).orElse(blockItemMarker);
            blocks.add(new ListItem(printed, lines));
        } else {
            blocks.add(ListMarkers.paragraphOrItem(lines));
        }
        lines.clear();
    }

    private void endTable() {
        endBlock();
        if (nestedTables > 0) {
            nestedTables--;
        } else if (table != null) {
            TableDraft finished = table;
            table = null;
            finished.finish().ifPresent(blocks::add);
        }
    }

    /** "1." "2." ... in an ordered list, a bullet otherwise: what a browser would print before the item. */
    private String nextItemMarker() {
        OpenList list = openLists.peek();
        return list == null || !list.ordered ? "•" : ++list.items + ".";
    }

    /** An open {@code ul} or {@code ol} and how many items it has had. */
    private static final class OpenList {
        private final boolean ordered;
        private int items;

        OpenList(boolean ordered) {
            this.ordered = ordered;
        }
    }

    private static int span(Attributes atts, String name) {
        String value = atts.getValue(name);
        try {
            int span = value == null ? 1 : Integer.parseInt(value.strip());
            return Math.min(Math.max(span, 1), MAX_SPAN);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String nameOf(String localName, String qName) {
        return (localName == null || localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
    }
}
