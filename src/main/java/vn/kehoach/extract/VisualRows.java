package vn.kehoach.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.kehoach.model.Box;
import vn.kehoach.model.Line;
import vn.kehoach.model.Provenance;
import vn.kehoach.model.Word;

/**
 * Puts back together the rows of a table that a source split into several lines: OCR layout analysis
 * reads wide-spaced columns as blocks of their own, and PDF text runs come cell by cell. Lines that share
 * most of their height and do not overlap sideways become one line, words left to right, and the lines
 * are ordered top to bottom. Lines without word boxes are left out: they cannot be placed.
 */
final class VisualRows {

    /** Share of the shorter line's height two lines must share to be one row. */
    private static final double SAME_ROW = 0.5;

    /** A merged line and the index, in the input, of the first line it holds. */
    record Row(Line line, int firstSource) {
    }

    private VisualRows() {
    }

    static List<Row> of(List<Line> lines) {
        List<List<Integer>> rows = new ArrayList<>();
        List<Box> boxes = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Box box = wordBox(lines.get(i));
            if (box == null) {
                continue;
            }
            int row = rowFor(boxes, box);
            if (row < 0) {
                rows.add(new ArrayList<>(List.of(i)));
                boxes.add(box);
            } else {
                rows.get(row).add(i);
                boxes.set(row, boxes.get(row).union(box));
            }
        }
        List<Row> merged = new ArrayList<>();
        for (List<Integer> row : rows) {
            merged.add(new Row(merge(row.stream().map(lines::get).toList()), row.get(0)));
        }
        merged.sort(Comparator.comparingDouble(r -> r.line().provenance().box().y()));
        return merged;
    }

    private static int rowFor(List<Box> boxes, Box box) {
        for (int r = 0; r < boxes.size(); r++) {
            Box other = boxes.get(r);
            double shared = Math.min(other.bottom(), box.bottom()) - Math.max(other.y(), box.y());
            boolean apart = box.x() >= other.right() || box.right() <= other.x();
            if (apart && shared >= SAME_ROW * Math.min(other.height(), box.height())) {
                return r;
            }
        }
        return -1;
    }

    private static Box wordBox(Line line) {
        return line.words().stream().map(Word::box).filter(b -> b != null).reduce(Box::union).orElse(null);
    }

    private static Line merge(List<Line> parts) {
        Line first = parts.get(0);
        List<Word> words = parts.stream().flatMap(l -> l.words().stream()).filter(w -> w.box() != null)
            .sorted(Comparator.comparingDouble(w -> w.box().x())).toList();
        Box box = words.stream().map(Word::box).reduce(Box::union).orElseThrow();
        Provenance p = first.provenance();
        double confidence = parts.stream().mapToDouble(l -> l.provenance().confidence()).min().orElse(1);
        String text = String.join(" ", words.stream().map(Word::text).toList());
        return new Line(text, words, first.style(), new Provenance(p.kind(), p.page(), p.line(), box, confidence));
    }
}
