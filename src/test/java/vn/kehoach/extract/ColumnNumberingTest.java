package vn.kehoach.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnNumberingTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
        "A|B|1|2|3; true",
        "(1)|(2)|(3)|(4) = (2) + (3); true",
        "A|B|3|4|5; true",
        "|A|1|2; true",
        "1|Xã An|12|30; false",
        "1|2|4; false",
        "A|B|C; false",
        "1|2|3,5; false",
    })
    void recognisesRowsThatNumberTheColumns(String cells, boolean numbering) {
        assertEquals(numbering, ColumnNumbering.is(Arrays.stream(cells.split("\\|", -1)).map(String::strip).toList()));
    }
}
