package vn.kehoach.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.kehoach.model.Box;
import vn.kehoach.model.Line;
import vn.kehoach.model.Provenance;
import vn.kehoach.model.SourceKind;
import vn.kehoach.model.Word;

/** Segments of an OCR'd table line: cells apart at wide gaps, separator marks at a cell's edge dropped. */
class SegmentTest {

    private static final double HEIGHT = 10;

    @Test
    void aMarkOpeningACellNeitherBridgesTheGapNorStaysInTheCell() {
        // "4 — Khu phố" where the rule between the order number and the name was read as a dash
        assertEquals(List.of("4", "Khu phố"), texts(line(w("4", 90, 6), w("—", 104, 8), w("Khu", 120, 20), w("phố", 143, 20))));
        assertEquals(List.of("Khu phố 1"), texts(line(w("|", 110, 2), w("Khu", 120, 20), w("phố", 143, 20), w("1", 166, 6))));
    }

    @Test
    void marksGluedToAWordAreStripped() {
        assertEquals(List.of("5", "Khu"), texts(line(w("5__", 88, 12), w("Khu", 120, 20))));
    }

    @Test
    void aMarkAloneInItsCellIsKeptAsANilValue() {
        assertEquals(List.of("Khu", "—", "236"), texts(line(w("Khu", 120, 20), w("—", 250, 8), w("236", 330, 20))));
        assertEquals(List.of("Khu", "-5"), texts(line(w("Khu", 120, 20), w("-5", 330, 12))));
    }

    private static Word w(String text, double x, double width) {
        return new Word(text, new Box(x, 100, width, HEIGHT), 0.9);
    }

    private static Line line(Word... words) {
        List<Word> list = new ArrayList<>(List.of(words));
        String text = String.join(" ", list.stream().map(Word::text).toList());
        return new Line(text, list, null, new Provenance(SourceKind.OCR, 1, 1, null, 0.9));
    }

    private static List<String> texts(Line line) {
        return Segment.of(line).stream().map(Segment::text).toList();
    }
}
