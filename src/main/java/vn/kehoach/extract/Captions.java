package vn.kehoach.extract;

import java.util.List;
import java.util.regex.Pattern;
import vn.kehoach.model.Block;
import vn.kehoach.model.Heading;
import vn.kehoach.model.Line;

/**
 * Finds a table's caption among the blocks above it: a line ending in ":" ("Cụ thể như sau:"), of which
 * the last sentence is kept, a bold line or a heading (a title). Header lines that ingestion left outside the table
 * (short lines ending without punctuation) are looked past, at most {@value #MAX_SKIPPED_GROUPS} group.
 */
final class Captions {

    private static final int MAX_SKIPPED_GROUPS = 1;
    private static final Pattern SENTENCE_END = Pattern.compile("[.;!?]\\s+");

    private Captions() {
    }

    /** @param blocksAbove the blocks above the table on its page, nearest last */
    static String above(List<Block> blocksAbove) {
        int skipped = 0;
        for (int g = blocksAbove.size() - 1; g >= 0; g--) {
            List<Line> lines = blocksAbove.get(g).allLines();
            if (lines.isEmpty()) {
                continue;
            }
            Line last = lines.get(lines.size() - 1);
            String text = String.join(" ", lines.stream().map(l -> l.text().strip()).toList());
            if (last.text().strip().endsWith(":")) {
                String[] sentences = SENTENCE_END.split(text);
                return sentences[sentences.length - 1].strip();
            }
            if (blocksAbove.get(g) instanceof Heading || last.style() != null && last.style().bold()) {
                return text;
            }
            if (!isHeaderFragments(blocksAbove.get(g)) || ++skipped > MAX_SKIPPED_GROUPS) {
                return null;
            }
        }
        return null;
    }

    /** The header lines ingestion left outside the table: the block right above it, when it is such fragments. */
    static List<Line> headerLinesAbove(List<Block> blocksAbove) {
        if (blocksAbove.isEmpty()) {
            return List.of();
        }
        Block last = blocksAbove.get(blocksAbove.size() - 1);
        return isHeaderFragments(last) ? last.allLines() : List.of();
    }

    /** Short lines ending without punctuation, not a heading nor bold: pieces of table header, not a caption. */
    private static boolean isHeaderFragments(Block block) {
        return !(block instanceof Heading) && block.allLines().stream()
            .noneMatch(l -> l.text().strip().matches(".*[.;:!?]$") || l.style() != null && l.style().bold());
    }
}
