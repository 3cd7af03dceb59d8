package vn.kehoach.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.kehoach.model.Block;
import vn.kehoach.model.Heading;
import vn.kehoach.model.Line;
import vn.kehoach.model.ListItem;
import vn.kehoach.model.Paragraph;
import vn.kehoach.model.SourceKind;

/**
 * Splits the lines of one page of plain text (Markdown or an OCR dump) into blocks: Markdown headings,
 * pipe tables, list items (a line starting with a bullet or number opens one, the lines below it
 * continue it) and paragraphs separated by blank lines. Lines keep their numbers in the file.
 */
final class PlainTextBlocks {

    private final int page;
    private final List<Block> blocks = new ArrayList<>();
    private final List<SourceLine> pending = new ArrayList<>();
    private String pendingMarker;

    private PlainTextBlocks(int page) {
        this.page = page;
    }

    static List<Block> read(List<SourceLine> lines, int page) {
        PlainTextBlocks reader = new PlainTextBlocks(page);
        reader.readAll(lines);
        return List.copyOf(reader.blocks);
    }

    private void readAll(List<SourceLine> lines) {
        int i = 0;
        while (i < lines.size()) {
            SourceLine line = lines.get(i);
            if (line.isBlank()) {
                endBlock();
                i++;
                continue;
            }
            Optional<MarkdownHeadings.Parsed> heading = MarkdownHeadings.parse(line.text());
            if (heading.isPresent()) {
                endBlock();
                blocks.add(heading(heading.get(), line.number()));
                i++;
                continue;
            }
            Optional<PipeTables.Found> table = PipeTables.tableAt(lines, i, page);
            if (table.isPresent()) {
                endBlock();
                blocks.add(table.get().table());
                i = table.get().next();
                continue;
            }
            Optional<String> marker = ListMarkers.find(withoutLeadingEmphasis(line.text().strip()));
            if (marker.isPresent()) {
                endBlock();
                pendingMarker = marker.get();
            }
            pending.add(line);
            i++;
        }
        endBlock();
    }

    private Heading heading(MarkdownHeadings.Parsed parsed, int lineNumber) {
        MarkdownEmphasis.StyledText title = MarkdownEmphasis.strip(List.of(parsed.title().strip())).get(0);
        return new Heading(parsed.level(), List.of(TextLines.line(title.text(), title.bold(), SourceKind.PLAIN, page, lineNumber)));
    }

    private void endBlock() {
        List<MarkdownEmphasis.StyledText> texts = MarkdownEmphasis.strip(pending.stream().map(l -> l.text().strip()).toList());
        List<Line> lines = new ArrayList<>();
        for (int k = 0; k < pending.size(); k++) {
            if (!texts.get(k).text().isEmpty()) {
                lines.add(TextLines.line(texts.get(k).text(), texts.get(k).bold(), SourceKind.PLAIN, page, pending.get(k).number()));
            }
        }
        if (!lines.isEmpty()) {
            blocks.add(pendingMarker != null ? new ListItem(pendingMarker, lines) : new Paragraph(lines));
        }
        pending.clear();
        pendingMarker = null;
    }

    /** "**1. Mục tiêu**" is a numbered item too: the marker is looked for after an opening emphasis. */
    private static String withoutLeadingEmphasis(String text) {
        return text.startsWith("**") || text.startsWith("__") ? text.substring(2) : text;
    }
}
