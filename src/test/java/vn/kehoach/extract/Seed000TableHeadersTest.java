package vn.kehoach.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.kehoach.model.DataColumn;
import vn.kehoach.model.DataTable;
import vn.kehoach.model.PlanDocument;

/**
 * The dated group headers of seed 000's annex tables, read from the OCR dump raw and repaired. Compared on
 * {@link OcrText#fold}ed text, so that a better repair of the words ("khiu" or "khẩu") keeps them passing.
 */
class Seed000TableHeadersTest {

    static Stream<Arguments> documents() {
        return Stream.of(
            Arguments.of("unrepaired", (Sample) () -> Extraction.sample(Extraction.UNREPAIRED, "seed-000-ocr-dump.txt")),
            Arguments.of("repaired", (Sample) () -> Extraction.cached("seed-000-ocr-dump.txt")));
    }

    interface Sample {
        PlanDocument get() throws Exception;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void insuranceTableGroupsItsColumnsUnderTheTwoDatedHeaders(String name, Sample sample) throws Exception {
        List<String> paths = folded(sample.get().tables().get(0));
        assertEquals(List.of("", ""), paths.subList(0, 2), "order and unit columns: their headers were not read");
        String asOf = paths.get(2);
        assertTrue(asOf.matches("t\\S*ng so .* tinh den 06/3/2023"), asOf);
        assertEquals(List.of(asOf, asOf, asOf), paths.subList(2, 5));
        String target = paths.get(5);
        assertTrue(target.matches("chi tieu phat tr\\S* bhyt tinh den thang 10 n\\S*m 2023"), target);
        assertEquals(List.of(target, target, target, target), paths.subList(5, 9));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void povertyTableGroupsTheYearEndFiguresAndThe2023Targets(String name, Sample sample) throws Exception {
        List<String> paths = folded(sample.get().tables().get(1));
        assertEquals(List.of("", ""), paths.subList(0, 2));
        assertTrue(paths.get(2).matches("t\\S*ng .* ngheo cu\\S* n\\S*m 2022"), paths.get(2));
        assertEquals(List.of(paths.get(2)), paths.subList(2, 7).stream().distinct().toList());
        assertEquals(List.of("chi tieu giam ngheo nam 2023"), paths.subList(7, 13).stream().distinct().toList());
    }

    private static List<String> folded(DataTable table) {
        return table.columns().stream().map(DataColumn::path).map(p -> OcrText.fold(String.join(" / ", p))).toList();
    }
}
