package vn.kehoach.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReferencesAndDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Số: 25/KH-UBND                         | 25/KH-UBND       | KH | false",
        "S6:25 [ KH - UBND Thi tran              | 25/KH-UBND       | KH | true",
        "Nghi quyét s6 15-NQ/PU ngay             | 15-NQ/ĐU         | NQ | true",
        "Nghi quyét 24/NQ-HPND ngay              | 24/NQ-HĐND       | NQ | true",
        "Quyết định số 289-QĐ/TU ngày            | 289-QĐ/TU        | QĐ | false",
        "công văn số 9758/UBND-VX ngày           | 9758/UBND-VX     |    | false",
        "Quyết định số 33/TTg của Thủ tướng      | 33/TTg           |    | false",
        "Kế hoạch số 242/KH-SYT của Sở Y tế      | 242/KH-SYT       | KH | false",
        "Nghị định số 30/2020/NĐ-CP ngày         | 30/2020/NĐ-CP    | NĐ | false",
        "Thông tư 02/2019/TT-BYT                 | 02/2019/TT-BYT   | TT | false",
        "Luật số 77/2015/QH13 ngày               | 77/2015/QH13     |    | false",
        "Nghị quyết số: 78/2025/UBTVQH15         | 78/2025/UBTVQH15 |    | false"})
    void referencesReadWithOcrConfusionsRepaired(String text, String cited, String type, boolean repaired) {
        List<DocumentReferences.Reference> found = DocumentReferences.findAll(text);
        assertEquals(1, found.size(), text);
        assertEquals(cited, found.get(0).cited());
        assertEquals(type, found.get(0).typeAbbreviation());
        assertEquals(repaired, found.get(0).repaired());
    }

    @Test
    void numbersWithoutAKnownAbbreviationAreNotReferences() {
        assertTrue(DocumentReferences.findAll("100% hộ nghèo 8m2/người, giai đoạn 2018-2020, tỷ lệ 87,97%").isEmpty());
        assertTrue(DocumentReferences.findAll("khu phố 3/XYZ-ABC").isEmpty());
    }

    @Test
    void unknownSymbolTokensStayAsPrinted() {
        assertEquals("15/KH-BQLDA", DocumentReferences.findAll("Kế hoạch số 15/KH-BQLDA").get(0).cited());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Vĩnh Lộc, ngày 13 tháng 02 năm 2023          | 2023-02-13",
        "Thi tran Vinh Léc, ngdy 13 thang 02 ndm 2023 | 2023-02-13",
        "ngày 14/8/2018 của UBND tỉnh                | 2018-08-14",
        "trước tháng 6/2020                          | 2020-06",
        "đến thang 11 nim 2023                       | 2023-11",
        "vào cuối năm 2020                           | 2020"})
    void datesAtTheirPrecision(String text, String iso) {
        assertEquals(Optional.of(iso), VietnameseDates.find(OcrText.fold(text), 0).map(VietnameseDates.Found::iso));
    }

    @Test
    void impossibleDatesAreNotDates() {
        assertFalse(VietnameseDates.findFullDate(OcrText.fold("ngày 31/02/2023"), 0).isPresent());
        assertFalse(VietnameseDates.find(OcrText.fold("tháng 13/2023"), 0).filter(f -> f.iso().length() > 4).isPresent());
    }

    @Test
    void foldKeepsOffsetsAndReadsDigitsInsideWords() {
        String printed = "S6:25 Poc 1ap Hạnh phúc 15-NQ";
        String folded = OcrText.fold(printed);
        assertEquals(printed.length(), folded.length());
        assertEquals("so:25 poc lap hanh phuc 15-nq", folded);
        assertTrue(folded.matches(".*" + OcrText.cue("độc lập") + ".*"), "P for Đ, 1 for l");
        assertFalse("trong".matches(OcrText.cue("tăng")), "tr is a consonant");
    }

    @Test
    void vietnameseNumbers() {
        assertEquals("8148", Quantities.decimal("8.148"));
        assertEquals("87.97", Quantities.decimal("87,97"));
        assertEquals("5", Quantities.decimal("05"));
        assertEquals("1234567.5", Quantities.decimal("1.234.567,5"));
    }
}
