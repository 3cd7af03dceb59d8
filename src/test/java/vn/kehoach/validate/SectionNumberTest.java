package vn.kehoach.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Section numbers as printed: kinds, ordinals, and what a jump between two leaves out. */
class SectionNumberTest {

    @Test
    void readsRomanArabicDottedAndLetterNumbers() {
        assertEquals(new SectionNumber(SectionNumber.Kind.ROMAN, 4, "IV."), SectionNumber.parse("IV.").orElseThrow());
        assertEquals(2, SectionNumber.parse("2.2.").orElseThrow().ordinal());
        assertEquals(SectionNumber.Kind.ARABIC, SectionNumber.parse("2.1.1").orElseThrow().kind());
        assertEquals(3, SectionNumber.parse("c)").orElseThrow().ordinal());
        assertTrue(SectionNumber.parse("IIV.").isEmpty(), "not a canonical Roman numeral");
        assertTrue(SectionNumber.parse("Phần thứ nhất").isEmpty());
    }

    @Test
    void namesWhatAJumpLeavesOut() {
        assertEquals(List.of("IV"), skipped("III.", "V."));
        assertEquals(List.of("2.3.", "2.4."), skipped("2.2.", "2.5."));
        assertEquals(List.of("b)"), skipped("a)", "c)"));
    }

    @Test
    void lettersMaySkipTheOnesOneAlphabetLacks() {
        assertEquals(List.of(), skipped("d)", "e)"), "đ is optional");
        assertEquals(List.of(), skipped("e)", "g)"), "Vietnamese has no f");
    }

    private static List<String> skipped(String from, String to) {
        return SectionNumber.parse(from).orElseThrow().skippedBefore(SectionNumber.parse(to).orElseThrow()).stream()
            .map(SectionNumber::printed).toList();
    }
}
