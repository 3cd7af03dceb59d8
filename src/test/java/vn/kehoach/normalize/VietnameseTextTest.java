package vn.kehoach.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void matchKeyIgnoresFormPlacementAndCase() {
        String key = VietnameseText.matchKey("Thanh Hóa");
        assertEquals("thanh hóa", key);
        assertEquals(key, VietnameseText.matchKey("Thanh Hoá"));
        assertEquals(key, VietnameseText.matchKey("THANH HOÁ"));
        assertEquals(key, VietnameseText.matchKey("Thanh Ho\u0061\u0301"));
        assertEquals(key, VietnameseText.matchKey("Thanh H\u006f\u0301a\u200b"));
        assertNotEquals(key, VietnameseText.matchKey("Thanh Hòa"), "a different tone is a different word");
    }

    @Test
    void removeAccentsDropsEveryMarkAndStrokesD() {
        assertEquals("Nghi quyet so 15-NQ/DU cua Dang uy, nguoi dan", VietnameseText.removeAccents("Nghị quyết số 15-NQ/ĐU của Đảng ủy, người dân"));
        assertEquals("Thanh Hoa", VietnameseText.removeAccents("Thanh Ho\u0061\u0301"));
        assertEquals("AAAAAADD", VietnameseText.removeAccents("ẮẰẲẴẶÂĐD"));
    }
}
