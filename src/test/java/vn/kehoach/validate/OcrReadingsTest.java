package vn.kehoach.validate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.kehoach.model.DataCell;

class OcrReadingsTest {

    private static List<BigDecimal> readings(String raw) {
        DataCell cell = TableFixture.headers("x").row(raw).table("t").rows().get(0).cells().get(0);
        return OcrReadings.of(cell);
    }

    private static boolean has(List<BigDecimal> readings, String value) {
        return readings.stream().anyMatch(r -> r.compareTo(new BigDecimal(value)) == 0);
    }

    @Test
    void lookAlikeDigitsDroppedAndDoubledDigits() {
        List<BigDecimal> r = readings("806");
        assertTrue(has(r, "808") && has(r, "805") && has(r, "800") && has(r, "809"), r::toString);
        assertTrue(has(r, "86") && has(r, "8806"), "dropped and doubled digits");
        assertFalse(has(r, "807"), "6 and 7 do not look alike");
        assertTrue(has(readings("5049"), "504") && has(readings("5049"), "549"));
        assertTrue(has(readings("717"), "111") || has(readings("717"), "117"), "1/7");
    }

    @Test
    void separatorsReadTheOtherWayOrLost() {
        assertTrue(has(readings("8797"), "87.97"), "a lost decimal comma");
        assertTrue(has(readings("031"), "0.31"), "a lost comma after a printed leading zero");
        assertTrue(has(readings("1.006"), "1.006"), "a thousands dot that was a decimal point");
        assertFalse(has(readings("1,45"), "0.00145"), "a decimal comma is no thousands dot");
    }

    @Test
    void neitherTheValueItselfNorZeroIsAReading() {
        List<BigDecimal> r = readings("0,10");
        assertFalse(has(r, "0.10") || has(r, "0"), r::toString);
        assertTrue(readings("g").isEmpty(), "an unreadable cell has no readings");
    }
}
