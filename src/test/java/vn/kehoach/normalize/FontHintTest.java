package vn.kehoach.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FontHintTest {

    @ParameterizedTest
    @CsvSource({
        ".VnTime, TCVN3, false",
        ".VnTimeH, TCVN3, true",
        "'ABCDEF+.VnTimeH,Bold', TCVN3, true",
        "VnArialH-BoldItalic, TCVN3, true",
        "#2EVnCentury Schoolbook, TCVN3, false",
        "VNI-Times, VNI_WINDOWS, false",
        "QWERTY+VNI-Helve-Bold, VNI_WINDOWS, false"
    })
    void readsLegacyFontNames(String font, LegacyEncoding encoding, boolean upperCase) {
        assertEquals(Optional.of(new FontHint(encoding, upperCase)), FontHint.of(font));
    }

    @ParameterizedTest
    @ValueSource(strings = {"TimesNewRomanPSMT", "Arial-BoldMT", "ABCDEF+Calibri", ""})
    void unicodeFontsGiveNoHint(String font) {
        assertEquals(Optional.empty(), FontHint.of(font));
    }
}
