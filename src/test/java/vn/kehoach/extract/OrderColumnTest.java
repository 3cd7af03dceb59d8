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

/** Order numbers glued to the names (no wide gap after them) are cut off when the lines' numbers run 1, 2, 3. */
class OrderColumnTest {

    private static final double HEIGHT = 10;

    @Test
    void aGluedOrderNumberInASequenceIsItsOwnCell() {
        List<Line> lines = List.of(
            row(1, w("1", 90, 6), w("Khu", 120, 20), w("phố", 142, 18), w("236", 300, 20)),
            row(2, w("2", 90, 6), w("Khu", 104, 20), w("phố", 126, 18), w("2", 146, 6), w("1.112", 294, 26)),
            row(3, w("3", 90, 6), w("Khu", 120, 20), w("phố", 142, 18), w("3", 162, 6), w("318", 300, 20)));
        RawTable t = onlyTable(lines);
        assertEquals(3, t.columnCount());
        assertEquals(List.of("1", "2", "3"), t.rows().stream().map(r -> r.get(0).text()).toList());
        assertEquals("Khu phố 2", t.rows().get(1).get(1).text());
    }

    @Test
    void numbersOutOfSequenceAreLeftInTheLabel() {
        List<Line> lines = List.of(
            row(1, w("5", 90, 6), w("Khu", 104, 20), w("phố", 126, 18), w("236", 300, 20)),
            row(2, w("2", 90, 6), w("Khu", 104, 20), w("phố", 126, 18), w("1.112", 294, 26)),
            row(3, w("9", 90, 6), w("Khu", 104, 20), w("phố", 126, 18), w("318", 300, 20)));
        RawTable t = onlyTable(lines);
        assertEquals(2, t.columnCount());
        assertEquals("5 Khu phố", t.rows().get(0).get(0).text());
    }

    private static RawTable onlyTable(List<Line> lines) {
        List<GeometryTables.Found> found = GeometryTables.find(lines, 1);
        assertEquals(1, found.size());
        return found.get(0).table();
    }

    private static Word w(String text, double x, double width) {
        return new Word(text, new Box(x, 0, width, HEIGHT), 0.9);
    }

    private static Line row(int number, Word... words) {
        double y = 100 + 18 * number;
        List<Word> placed = new ArrayList<>();
        for (Word word : words) {
            placed.add(new Word(word.text(), new Box(word.box().x(), y, word.box().width(), HEIGHT), word.confidence()));
        }
        String text = String.join(" ", placed.stream().map(Word::text).toList());
        return new Line(text, placed, null, new Provenance(SourceKind.OCR, 1, number, null, 0.9));
    }
}
