package vn.kehoach.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.kehoach.model.CellType;

class VietnameseNumbersTest {

    @ParameterizedTest(name = "{0} -> {1} {2}, {3} decimals")
    @CsvSource(delimiter = ';', value = {
        "1.112; 1112; INTEGER; 0",
        "8.099; 8099; INTEGER; 0",
        "87,97; 87.97; DECIMAL; 2",
        "87.97; 87.97; DECIMAL; 2",
        "1.234.567,5; 1234567.5; DECIMAL; 1",
        "1.234.567; 1234567; INTEGER; 0",
        "1,234,567; 1234567; INTEGER; 0",
        "1,234.50; 1234.50; DECIMAL; 2",
        "95%; 95; PERCENT; 0",
        "95 %; 95; PERCENT; 0",
        "0,31%; 0.31; PERCENT; 2",
        "(0,31%); 0.31; PERCENT; 2",
        "08; 8; INTEGER; 0",
        "-12; -12; INTEGER; 0",
        "3,140; 3.140; DECIMAL; 3",
        "1234.5678; 1234.5678; DECIMAL; 4",
    })
    void readsVietnameseNumberFormats(String raw, String value, CellType type, int decimals) {
        ParsedNumber n = VietnameseNumbers.parse(raw).orElseThrow();
        assertEquals(0, new BigDecimal(value).compareTo(n.value()), raw);
        assertEquals(type, n.type());
        assertEquals(decimals, n.decimals());
        assertNull(n.unit());
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = ';', value = {
        "1.500.000 đồng; 1500000; đồng; 0",
        "12,5 triệu đồng; 12.5; triệu đồng; 1",
        "3 tỷ đồng; 3; tỷ đồng; 0",
        "2,75 tỷ; 2.75; tỷ đồng; 2",
        "500 nghìn đồng; 500; nghìn đồng; 0",
        "200.000 VNĐ; 200000; đồng; 0",
        "7 TRIỆU ĐỒNG; 7; triệu đồng; 0",
    })
    void keepsMoneyInItsUnit(String raw, String value, String unit, int decimals) {
        ParsedNumber n = VietnameseNumbers.parse(raw).orElseThrow();
        assertEquals(0, new BigDecimal(value).compareTo(n.value()), raw);
        assertEquals(CellType.MONEY, n.type());
        assertEquals(unit, n.unit());
        assertEquals(decimals, n.decimals());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.112", "1,234"})
    void marksSeparatorsThatAnEnglishSourceWouldReadTheOtherWay(String raw) {
        assertTrue(VietnameseNumbers.parse(raw).orElseThrow().ambiguous());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.234.567", "87,97", "87.97", "1203", "12,50"})
    void unambiguousSeparators(String raw) {
        assertFalse(VietnameseNumbers.parse(raw).orElseThrow().ambiguous());
    }

    @ParameterizedTest
    @ValueSource(strings = {"g", "gos", "010l", ".1265", "8 526", "Khu phố 3", "12 tỷ lệ", "1.2.3", "%", "", "-"})
    void refusesWhatIsNotExactlyOneNumber(String raw) {
        assertTrue(VietnameseNumbers.parse(raw).isEmpty(), raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "-", "–", "—", "...", "…"})
    void dashesAndBlanksMeanNoValue(String raw) {
        assertTrue(VietnameseNumbers.isNoValue(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "x1"})
    void numbersAreValues(String raw) {
        assertFalse(VietnameseNumbers.isNoValue(raw));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
        "Kinh phí (triệu đồng); triệu đồng",
        "ĐVT: đồng; đồng",
        "Hỗ trợ xây mới (40 trđ/hộ); triệu đồng",
        "TỔNG KINH PHÍ (TỶ ĐỒNG); tỷ đồng",
        "Mức hỗ trợ (ngàn đồng/người); nghìn đồng",
    })
    void findsTheMoneyUnitAHeaderNames(String header, String unit) {
        assertEquals(unit, VietnameseNumbers.moneyUnitIn(header));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Xã Hải Đông", "Số hộ", "Tỷ lệ %", "Đồngtháp"})
    void headersWithoutMoney(String header) {
        assertNull(VietnameseNumbers.moneyUnitIn(header));
    }
}
