package vn.kehoach.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnicodeCleanerTest {

    /** Inputs are written with escapes so that the test shows exactly which code points arrive. */
    @ParameterizedTest
    @CsvSource({
        "'ke\u0301\u0302', kế",          // tone typed before the circumflex: NFC alone leaves "ké" + U+0302
        "'KE\u0301\u0302', KẾ",
        "'a\u0300\u0306n', ằn",          // tone before the breve
        "'\u00e9\u0302', ế",             // precomposed é followed by a circumflex
        "'o\u0309\u031b', ở",            // hook before the horn (different combining classes)
        "'e\u0323\u0302', ệ",
        "'Vie\u0302\u0323t Nam', Việt Nam", // plain NFD
        "'\u00d0\u1ea3ng \u00f0o\u00e0n', Đảng đoàn", // eth look-alikes
        "'Kế\u00ad hoạch', Kế hoạch",     // soft hyphen
        "'\ufeffKế\u200b hoạch\u200c\u200d\u2060', Kế hoạch"
    })
    void repairs(String input, String expected) {
        assertEquals(expected, UnicodeCleaner.clean(input));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kế hoạch số 25/KH-UBND", "", "ASCII only", "Thanh Hóa, ngày 14/8/2020", "ĐẢNG CỘNG SẢN VIỆT NAM"})
    void returnsCleanTextItself(String clean) {
        assertSame(clean, UnicodeCleaner.clean(clean));
    }
}
