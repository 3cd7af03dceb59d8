package vn.kehoach.normalize;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseSyllablesTest {

    @ParameterizedTest
    @ValueSource(strings = {"Kế", "hoạch", "NGHỊ", "quyết", "người", "của", "giảm", "nghèo", "bền", "vững", "hòa", "hoà",
        "thủy", "thuỷ", "khỏe", "khoẻ", "gì", "gìn", "giữa", "giếng", "quốc", "quyền", "khuya", "yên", "tỷ", "kỹ",
        "đồng", "Đảng", "thuở", "nguyễn", "oanh", "uống", "ươm", "ngoài", "luật", "xoong", "tuần"})
    void acceptsRealSyllables(String syllable) {
        assertTrue(VietnameseSyllables.isValid(syllable), syllable);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tiéu", "ngudi", "thj", "ctia", "UBND", "ki\u0301\u0300", "cet", "kan", "ghan",
        "ngi", "quu", "iên", "tyên", "bétx", "hàc", "ngheéo", "th", "gos"})
    void rejectsWhatVietnameseSpellingForbids(String token) {
        assertFalse(VietnameseSyllables.isValid(token), token);
    }

    @Test
    void stopFinalsTakeOnlyRisingOrHeavyTone() {
        assertAll(
            () -> assertTrue(VietnameseSyllables.isValid("tốt")),
            () -> assertTrue(VietnameseSyllables.isValid("học")),
            () -> assertFalse(VietnameseSyllables.isValid("tồt")),
            () -> assertFalse(VietnameseSyllables.isValid("hỏc")),
            () -> assertFalse(VietnameseSyllables.isValid("sãch")));
    }

    @Test
    void toneOfReadsTheMarkWhereverItSits() {
        assertEquals(VietnameseSyllables.Tone.FALLING, VietnameseSyllables.toneOf("hòa"));
        assertEquals(VietnameseSyllables.Tone.FALLING, VietnameseSyllables.toneOf("hoà"));
        assertEquals(VietnameseSyllables.Tone.LEVEL, VietnameseSyllables.toneOf("hoa"));
        assertEquals(VietnameseSyllables.Tone.HEAVY, VietnameseSyllables.toneOf("Nghị"));
    }

    /** The typed seed is clean Vietnamese; the OCR dump lost its marks: the score must tell them apart. */
    @Test
    void scoreSeparatesCleanTextFromEnglishModelOcr() throws IOException {
        Path seeds = Path.of("..", "shared", "seeds");
        VietnameseSyllables.Score clean = VietnameseSyllables.score(Files.readString(seeds.resolve("003_d32fa857c2e670e8.txt")));
        VietnameseSyllables.Score mangled = VietnameseSyllables.score(Files.readString(seeds.resolve("000_42799c9b6627e624.txt")));
        assertTrue(clean.validShare() > 0.93, "clean valid share " + clean);
        assertTrue(clean.markedShare() > 0.55, "clean marked share " + clean);
        assertTrue(mangled.markedShare() < 0.30, "mangled marked share " + mangled);
    }

    /** Every word of the hunspell-style inventory we know must hold; a cross-check on a real sentence. */
    @Test
    void everySyllableOfARealSentenceIsValid() {
        String sentence = "Tập trung huy động nguồn lực hỗ trợ xã Xuân Chinh huyện Thường Xuân thực hiện Chương trình "
            + "giảm nghèo nhanh và bền vững năm và sớm thoát nghèo hưởng ứng phong trào Cả nước chung tay vì người nghèo "
            + "Không để ai bị bỏ lại phía sau";
        assertTrue(Arrays.stream(sentence.split(" ")).allMatch(VietnameseSyllables::isValid),
            () -> Arrays.stream(sentence.split(" ")).filter(w -> !VietnameseSyllables.isValid(w)).toList().toString());
    }
}
