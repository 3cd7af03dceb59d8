package vn.kehoach.extract;

import java.util.ArrayList;
import java.util.List;
import vn.kehoach.model.Word;

/**
 * Keeps a table's order column ("STT") apart from the names beside it. When OCR or a tight layout leaves
 * no wide gap after an order number, the number and the name come out as one segment ("4 Khu phố Giang")
 * and their bands merge. The lines' leading integers tell: when they run 1, 2, 3 … down the table, a
 * segment that opens with the next number and has its widest gap right after it holds an order cell and
 * the name cell, and is cut there.
 */
final class OrderColumn {

    /** Leading numbers in sequence needed to call them an order column. */
    private static final int MIN_RUN = 3;

    private OrderColumn() {
    }

    /** The data lines' segments with glued order numbers cut off; other lines are left as they are. */
    static List<List<Segment>> apart(List<List<Segment>> lines, List<Integer> dataLines) {
        List<Integer> leading = dataLines.stream().map(k -> leadingNumber(lines.get(k))).toList();
        if (!runsUpward(leading)) {
            return lines;
        }
        List<List<Segment>> apart = new ArrayList<>(lines);
        for (int i = 0; i < dataLines.size(); i++) {
            List<Segment> line = lines.get(dataLines.get(i));
            Segment first = line.get(0);
            if (leading.get(i) != null && first.words().size() > 1 && widestGapFollowsFirstWord(first)) {
                List<Segment> cut = new ArrayList<>(first.splitBefore(1));
                cut.addAll(line.subList(1, line.size()));
                apart.set(dataLines.get(i), cut);
            }
        }
        return apart;
    }

    /** The integer the line's first word prints ("4", "4."), or null. */
    private static Integer leadingNumber(List<Segment> line) {
        if (line.isEmpty()) {
            return null;
        }
        String word = line.get(0).words().get(0).text().strip();
        return word.matches("\\d{1,3}\\.?") ? Integer.valueOf(word.replace(".", "")) : null;
    }

    /** The leading numbers, where printed, go 1, 2, 3 … (each one more than the last printed), at least {@value #MIN_RUN} of them. */
    private static boolean runsUpward(List<Integer> leading) {
        List<Integer> printed = leading.stream().filter(n -> n != null).toList();
        if (printed.size() < MIN_RUN) {
            return false;
        }
        for (int i = 1; i < printed.size(); i++) {
            if (printed.get(i) - printed.get(i - 1) != 1) {
                return false;
            }
        }
        return true;
    }

    private static boolean widestGapFollowsFirstWord(Segment segment) {
        List<Word> words = segment.words();
        double afterNumber = words.get(1).box().x() - words.get(0).box().right();
        for (int i = 2; i < words.size(); i++) {
            if (words.get(i).box().x() - words.get(i - 1).box().right() >= afterNumber) {
                return false;
            }
        }
        return true;
    }
}
