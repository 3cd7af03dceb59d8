package vn.kehoach.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Dated group headers of OCR dump tables, whose header lines lost the spaces between cells. */
class DumpHeadersTest {

    @Test
    void phrasesEndAtPipesGapsDatesAndCapitalisedWords() {
        assertEquals(List.of("Số liệu tính", "Kế hoạch UBND giao"), DumpHeaders.phrases("Số liệu tính Kế hoạch UBND giao"));
        assertEquals(List.of("đến 31/12/2022", "năm 2024"), DumpHeaders.phrases("đến 31/12/2022 năm 2024"));
        assertEquals(List.of("Đơn vị", "Số hộ", "Tỷ lệ"), DumpHeaders.phrases("Đơn vị |  Số hộ    Tỷ lệ"));
    }

    @Test
    void stackedPhrasesHeadTheValueColumnsInOrder() {
        List<String> header = List.of("Số liệu tính Kế hoạch UBND giao", "đến 31/12/2022 năm 2024", "STT Đơn vị Số hộ Tỷ lệ");
        List<List<String>> paths = DumpHeaders.paths(header, 7, 2);
        List<String> before = List.of("Số liệu tính đến 31/12/2022");
        List<String> planned = List.of("Kế hoạch UBND giao năm 2024");
        assertEquals(List.of(List.of(), List.of(), before, before, planned, planned, planned), paths,
            "five value columns: the later group takes the odd one; the undated leaf line is not placed");
    }

    @Test
    void noDateNoGroups() {
        List<List<String>> paths = DumpHeaders.paths(List.of("Tổng số Số hộ nghèo", "Tỷ lệ"), 4, 1);
        assertEquals(List.of(List.of(), List.of(), List.of(), List.of()), paths);
    }

    @Test
    void aLineThatDoesNotContinueEveryGroupEndsThem() {
        List<List<String>> paths = DumpHeaders.paths(List.of("Thực hiện Kế hoạch", "năm 2022 năm 2023", "giao năm 2024"), 5, 1);
        List<String> done = List.of("Thực hiện năm 2022");
        List<String> planned = List.of("Kế hoạch năm 2023");
        assertEquals(List.of(List.of(), done, done, planned, planned), paths);
    }
}
