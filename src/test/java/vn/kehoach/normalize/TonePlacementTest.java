package vn.kehoach.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TonePlacementTest {

    @ParameterizedTest
    @CsvSource({"hòa, hoà", "khỏe, khoẻ", "thủy, thuỷ", "Hóa, Hoá", "HÒA, HOÀ", "tọa, toạ", "ủy, uỷ", "lũy, luỹ", "xòe, xoè"})
    void stylesDifferInOpenOaOeUy(String modern, String traditional) {
        assertEquals(modern, TonePlacement.apply(traditional, ToneStyle.MODERN));
        assertEquals(modern, TonePlacement.apply(modern, ToneStyle.MODERN));
        assertEquals(traditional, TonePlacement.apply(modern, ToneStyle.TRADITIONAL));
        assertEquals(traditional, TonePlacement.apply(traditional, ToneStyle.TRADITIONAL));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hoàn", "thuyền", "quý", "của", "mùa", "giữa", "người", "ngoài", "khuỷu", "quốc", "thuở", "giếng",
        "rượu", "huỳnh", "toán", "ngoặc", "khuếch", "mía", "gì", "gìn", "QUÝ", "Người"})
    void otherSyllablesReadTheSameInBothStyles(String syllable) {
        assertSame(syllable, TonePlacement.apply(syllable, ToneStyle.MODERN));
        assertSame(syllable, TonePlacement.apply(syllable, ToneStyle.TRADITIONAL));
    }

    @ParameterizedTest
    @CsvSource({"hòan, hoàn", "qúy, quý", "tòan, toàn", "ngòai, ngoài", "thùyên, thuyền", "ngừơi, người", "QÚY, QUÝ"})
    void movesMisplacedMarksInBothStyles(String misplaced, String canonical) {
        assertEquals(canonical, TonePlacement.apply(misplaced, ToneStyle.MODERN));
        assertEquals(canonical, TonePlacement.apply(misplaced, ToneStyle.TRADITIONAL));
    }

    @Test
    void convertsWholeTextsAndLeavesNonSyllablesAlone() {
        String traditional = "Sở Y tế tỉnh Thanh Hoá: chăm sóc sức khoẻ, hoà nhập (Uỷ ban, ISO-9001, Hoàng Thuỳ, café).";
        String modern = "Sở Y tế tỉnh Thanh Hóa: chăm sóc sức khỏe, hòa nhập (Ủy ban, ISO-9001, Hoàng Thùy, café).";
        assertEquals(modern, TonePlacement.apply(traditional, ToneStyle.MODERN));
        assertEquals(traditional, TonePlacement.apply(modern, ToneStyle.TRADITIONAL));
        assertSame(modern, TonePlacement.apply(modern, ToneStyle.MODERN));
    }
}
