package vn.kehoach.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import vn.kehoach.model.Box;
import vn.kehoach.model.Line;
import vn.kehoach.model.Provenance;
import vn.kehoach.model.Word;

/**
 * A run of words on one line with no wide gap inside: a cell's worth of text when the line crosses a
 * table. A gap wider than the words are tall separates segments; word spaces, even stretched by
 * justification, stay well under that.
 */
record Segment(String text, Box box, Provenance provenance, List<Word> words) {

    private static final double GAP_IN_WORD_HEIGHTS = 1.0;
    private static final Pattern MARKS = Pattern.compile("[|_—]+");
    private static final Pattern EDGE_MARKS = Pattern.compile("^[|_—]+|[|_—]+$");

    static List<Segment> of(Line line) {
        List<Word> words = line.words().stream().filter(w -> w.box() != null && !w.text().isBlank())
            .sorted(Comparator.comparingDouble(w -> w.box().x())).toList();
        if (words.isEmpty()) {
            return List.of();
        }
        double gap = GAP_IN_WORD_HEIGHTS * words.stream().mapToDouble(w -> w.box().height()).sorted()
            .skip(words.size() / 2).findFirst().orElseThrow();
        words = withoutEdgeMarks(words, gap);
        if (words.isEmpty()) {
            return List.of();
        }
        List<Segment> segments = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= words.size(); i++) {
            if (i == words.size() || words.get(i).box().x() - words.get(i - 1).box().right() > gap) {
                segments.add(of(line.provenance(), words.subList(start, i)));
                start = i;
            }
        }
        return segments;
    }

    /**
     * The words without the marks OCR reads from ruling lines and scan dirt at a cell's start or end ("|",
     * "_", "—"): a word of marks alone within a word gap of the next word opens that cell ("4 — Khu phố")
     * and would bridge the gap to the cell before; marks glued to a word are stripped ("5__"). A mark
     * standing alone in its cell is kept: "—" may print a nil value. "-" is never noise: a sign or a nil.
     */
    private static List<Word> withoutEdgeMarks(List<Word> words, double gap) {
        List<Word> kept = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (MARKS.matcher(w.text()).matches()) {
                if (i + 1 == words.size() || words.get(i + 1).box().x() - w.box().right() > gap) {
                    kept.add(w);
                }
                continue;
            }
            kept.add(new Word(EDGE_MARKS.matcher(w.text()).replaceAll(""), w.box(), w.confidence()));
        }
        return kept;
    }

    private static Segment of(Provenance line, List<Word> words) {
        Box box = words.stream().map(Word::box).reduce(Box::union).orElseThrow();
        double confidence = words.stream().mapToDouble(Word::confidence).average().orElse(1);
        String text = String.join(" ", words.stream().map(Word::text).toList());
        return new Segment(text, box, new Provenance(line.kind(), line.page(), line.line(), box, Math.min(1, Math.max(0, confidence))),
            List.copyOf(words));
    }

    /** This segment cut before its word {@code at}: two segments, each with its own box and confidence. */
    List<Segment> splitBefore(int at) {
        Provenance line = new Provenance(provenance.kind(), provenance.page(), provenance.line(), null, 1.0);
        return List.of(of(line, words.subList(0, at)), of(line, words.subList(at, words.size())));
    }

    CellText cell() {
        return new CellText(text, provenance, provenance.confidence());
    }

    double overlap(double left, double right) {
        return Math.max(0, Math.min(box.right(), right) - Math.max(box.x(), left));
    }
}
