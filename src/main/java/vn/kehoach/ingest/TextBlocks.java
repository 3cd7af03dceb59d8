package vn.kehoach.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.kehoach.model.Block;
import vn.kehoach.model.Heading;
import vn.kehoach.model.Line;
import vn.kehoach.model.ListItem;
import vn.kehoach.model.Paragraph;
import vn.kehoach.model.TextStyle;

/**
 * Groups a page's text-layer lines into headings, list items and paragraphs by typography and layout:
 * a heading is bold and short or clearly larger than the body; a list item opens with a bullet or
 * number; a paragraph runs on until a wider vertical gap, an indented first line or another kind.
 */
final class TextBlocks {

    /** "Clearly larger" than the body size. */
    private static final double LARGER = 1.15;
    /** Bold lines with more words than this are emphasised text, not headings. */
    private static final int HEADING_MAX_WORDS = 20;
    /** A line further below the previous one than this many usual line pitches starts a new block. */
    private static final double GAP_PITCHES = 1.25;
    /** A line less than this many ems below the previous one sits on the same baseline (another column). */
    private static final double SAME_LINE = 0.3;
    /** An indent of more than this many ems against the previous line starts a paragraph. */
    private static final double INDENT_EMS = 0.8;

    private enum Kind { HEADING, LIST_ITEM, PARAGRAPH }

    private final double bodySize;
    private final double pitch;
    private final List<Double> headingSizes;

    private TextBlocks(List<Line> lines) {
        bodySize = bodySize(lines);
        pitch = usualPitch(lines);
        headingSizes = lines.stream().filter(this::isHeading).map(l -> roundedSize(l.style()))
            .distinct().sorted((a, b) -> Double.compare(b, a)).toList();
    }

    static List<Block> group(List<Line> lines) {
        if (lines.isEmpty()) {
            return List.of();
        }
        TextBlocks page = new TextBlocks(lines);
        List<Block> blocks = new ArrayList<>();
        List<Line> current = new ArrayList<>();
        Kind kind = null;
        for (Line line : lines) {
            Optional<String> marker = ListMarkers.find(line.text());
            Kind lineKind = page.isHeading(line) ? Kind.HEADING : marker.isPresent() ? Kind.LIST_ITEM : Kind.PARAGRAPH;
            boolean continues = !current.isEmpty() && page.continues(kind, current, lineKind, line);
            if (!continues) {
                page.flush(kind, current, blocks);
                current = new ArrayList<>();
                kind = lineKind;
            }
            current.add(line);
        }
        page.flush(kind, current, blocks);
        return blocks;
    }

    private boolean isHeading(Line line) {
        TextStyle style = line.style();
        return style.fontSize() >= LARGER * bodySize || (style.bold() && line.words().size() <= HEADING_MAX_WORDS);
    }

    /** Whether the line carries on the block (of the given kind) that ends with {@code current}. */
    private boolean continues(Kind kind, List<Line> current, Kind lineKind, Line line) {
        Line previous = current.get(current.size() - 1);
        double drop = line.provenance().box().y() - previous.provenance().box().y();
        double em = line.style().fontSize();
        if (drop < SAME_LINE * em || drop > GAP_PITCHES * pitch) {
            return false; // another column on the same baseline, or a gap
        }
        return switch (kind) {
            case HEADING -> lineKind == Kind.HEADING && line.style().equals(previous.style());
            // Items are indented on their first line and wrap to the margin, or hang: either way a
            // following line that starts where the item started is a new paragraph.
            case LIST_ITEM -> lineKind == Kind.PARAGRAPH
                && Math.abs(left(line) - left(current.get(0))) > INDENT_EMS * em;
            case PARAGRAPH -> lineKind == Kind.PARAGRAPH && left(line) <= left(previous) + INDENT_EMS * em;
        };
    }

    private void flush(Kind kind, List<Line> lines, List<Block> blocks) {
        if (lines.isEmpty()) {
            return;
        }
        blocks.add(switch (kind) {
            case HEADING -> new Heading(headingSizes.indexOf(roundedSize(lines.get(0).style())) + 1, lines);
            case LIST_ITEM -> new ListItem(ListMarkers.find(lines.get(0).text()).orElseThrow(), lines);
            case PARAGRAPH -> new Paragraph(lines);
        });
    }

    private static double left(Line line) {
        return line.provenance().box().x();
    }

    private static double roundedSize(TextStyle style) {
        return Math.round(style.fontSize() * 2) / 2.0;
    }

    /** The size most characters are set in. */
    private static double bodySize(List<Line> lines) {
        Map<Double, Integer> chars = new HashMap<>();
        lines.forEach(l -> chars.merge(roundedSize(l.style()), l.text().length(), Integer::sum));
        return chars.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /** The median distance between one line and the next below it, ignoring big jumps. */
    private static double usualPitch(List<Line> lines) {
        List<Double> drops = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            double drop = lines.get(i).provenance().box().y() - lines.get(i - 1).provenance().box().y();
            double em = lines.get(i).style().fontSize();
            if (drop > SAME_LINE * em && drop < 3 * em) {
                drops.add(drop);
            }
        }
        if (drops.isEmpty()) {
            return 1.2 * bodySize(lines);
        }
        drops.sort(null);
        return drops.get(drops.size() / 2);
    }
}
