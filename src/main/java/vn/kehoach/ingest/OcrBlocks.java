package vn.kehoach.ingest;

import java.util.ArrayList;
import java.util.List;
import vn.kehoach.model.Block;
import vn.kehoach.model.Box;
import vn.kehoach.model.Line;
import vn.kehoach.model.ListItem;
import vn.kehoach.model.Paragraph;

/**
 * Turns Tesseract's paragraphs into blocks. Tesseract's paragraph finder sometimes runs a heading or
 * the next list item into the paragraph before it, so a paragraph is also split before a line that
 * opens a list item or that lies further below the previous line than the page's usual line pitch
 * allows; a part whose first line opens with a bullet or number becomes a list item.
 */
final class OcrBlocks {

    /** A drop of more than this many usual line pitches starts a new block, as in {@link TextBlocks}. */
    private static final double GAP_PITCHES = 1.25;

    private OcrBlocks() {
    }

    static List<Block> of(List<List<Line>> paragraphs) {
        double pitch = usualPitch(paragraphs);
        List<Block> blocks = new ArrayList<>();
        for (List<Line> paragraph : paragraphs) {
            List<Line> part = new ArrayList<>();
            for (Line line : paragraph) {
                boolean opensItem = ListMarkers.find(line.text()).isPresent();
                if (!part.isEmpty() && (opensItem || drop(part.get(part.size() - 1), line) > GAP_PITCHES * pitch)) {
                    blocks.add(block(part));
                    part = new ArrayList<>();
                }
                part.add(line);
            }
            if (!part.isEmpty()) {
                blocks.add(block(part));
            }
        }
        return blocks;
    }

    private static Block block(List<Line> lines) {
        return ListMarkers.find(lines.get(0).text())
            .<Block>map(marker -> new ListItem(marker, lines))
            .orElseGet(() -> new Paragraph(lines));
    }

    /** From the middle of one line to the middle of the next: marks above or tails below move both edges. */
    private static double drop(Line above, Line below) {
        Box a = above.provenance().box();
        Box b = below.provenance().box();
        return (b.y() + b.height() / 2) - (a.y() + a.height() / 2);
    }

    /** The median drop between consecutive lines of a paragraph over the page; infinite when no paragraph has two lines. */
    private static double usualPitch(List<List<Line>> paragraphs) {
        List<Double> drops = new ArrayList<>();
        for (List<Line> paragraph : paragraphs) {
            for (int i = 1; i < paragraph.size(); i++) {
                double drop = drop(paragraph.get(i - 1), paragraph.get(i));
                if (drop > 0) {
                    drops.add(drop);
                }
            }
        }
        if (drops.isEmpty()) {
            return Double.POSITIVE_INFINITY;
        }
        drops.sort(null);
        return drops.get(drops.size() / 2);
    }
}
