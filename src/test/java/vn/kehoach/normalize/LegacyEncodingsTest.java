package vn.kehoach.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import vn.kehoach.normalize.LegacyEncodings.Detection;

class LegacyEncodingsTest {

    private static final List<String> DOCUMENTS = CorpusSample.documents("corpus-04.txt", 5_000).subList(0, 8);

    /** The letters with Vietnamese marks, built here independently of the encoding tables. */
    static List<String> vietnameseLetters() {
        List<String> lower = new ArrayList<>();
        for (char vowel : "aăâeêioôơuưy".toCharArray()) {
            for (String tone : new String[] {"", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"}) {
                String letter = Normalizer.normalize(vowel + tone, Normalizer.Form.NFC);
                if (letter.charAt(0) >= 0x80) {
                    lower.add(letter);
                }
            }
        }
        lower.add("đ");
        List<String> all = new ArrayList<>(lower);
        lower.forEach(letter -> all.add(letter.toUpperCase(Locale.ROOT)));
        return all;
    }

    @Test
    void thereAre134DistinctLetters() {
        assertEquals(134, vietnameseLetters().stream().distinct().count());
        assertEquals(67, vietnameseLetters().stream().filter(l -> Character.isLowerCase(l.charAt(0))).count());
    }

    /** TCVN3 has no codes for capitals with tones: those go through the all-capital font, as in real files. */
    @ParameterizedTest
    @EnumSource(LegacyEncoding.class)
    void everyLetterRoundTrips(LegacyEncoding encoding) {
        for (String letter : vietnameseLetters()) {
            boolean capitalFont = encoding == LegacyEncoding.TCVN3 && Character.isUpperCase(letter.charAt(0));
            String encoded = LegacyEncodings.encode(letter, encoding);
            assertEquals(letter, LegacyEncodings.decode(encoded, encoding, capitalFont), encoding + " " + letter + " as " + encoded);
        }
        String lowerCase = vietnameseLetters().stream().filter(l -> Character.isLowerCase(l.charAt(0))).collect(Collectors.joining());
        assertEquals(lowerCase, LegacyEncodings.decode(LegacyEncodings.encode(lowerCase, encoding), encoding, false));
    }

    @ParameterizedTest
    @EnumSource(LegacyEncoding.class)
    void encodedTextIsWhatTheLegacyBytesArriveAs(LegacyEncoding encoding) {
        String encoded = LegacyEncodings.encode(String.join("", vietnameseLetters()), encoding);
        if (encoding == LegacyEncoding.VIQR) {
            assertTrue(encoded.chars().allMatch(c -> c < 0x80), encoded);
        } else {
            assertTrue(encoded.chars().allMatch(c -> c < 0x100 || "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ".indexOf(c) >= 0), encoded);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "NghÞ quyÕt sè 15-NQ/§U cña Ban Th­êng vô     |              | TCVN3       | Nghị quyết số 15-NQ/ĐU của Ban Thường vụ",
        "KÕ HO¹CH TRIÓN KHAI                           | .VnTimeH     | TCVN3       | KẾ HOẠCH TRIỂN KHAI",
        "kÕ ho¹ch triÓn khai                           | .VnTimeH     | TCVN3       | KẾ HOẠCH TRIỂN KHAI",
        "KÕ HO¹CH TRIÓN KHAI                           |              | TCVN3       | KẾ HOẠCH TRIỂN KHAI",
        "Sè: 25/KH-UBND                                | .VnTime      | TCVN3       | Số: 25/KH-UBND",
        "Nghò quyeát soá 15 cuûa Ban Thöôøng vuï       |              | VNI_WINDOWS | Nghị quyết số 15 của Ban Thường vụ",
        "Nghi. quye^'t so^' 15 cu?a Ban Thu+o+`ng vu.\\. | |             VIQR        | Nghị quyết số 15 của Ban Thường vụ.",
        "Nghiò quyêìt sôì 15 cuÒa Ban ThýõÌng vuò      |              | CP1258      | Nghị quyết số 15 của Ban Thường vụ"
    })
    void decodesMojibakeExamples(String input, String font, LegacyEncoding encoding, String expected) {
        Detection detection = LegacyEncodings.detect(input, font);
        assertEquals(Optional.of(encoding), detection.encoding());
        assertEquals(expected, detection.text());
    }

    @Test
    void oneShortLineNeedsTheFontToBeBelieved() {
        assertEquals(Optional.empty(), LegacyEncodings.detect("Sè: 25/KH-UBND", null).encoding());
        assertEquals(Optional.empty(), LegacyEncodings.detect("Dày: (20 ÷ 60) mm", null).encoding());
    }

    /**
     * Real documents encoded with each table must be found and recovered, without a font name. TCVN3
     * text is typed in the traditional style ("Uỷ ban"), as TCVN3 typists did: VN3 has no "Ủ", while
     * the "ỷ" of "Uỷ" is lower case; the few capitals with tones left in running text are guessed.
     */
    @ParameterizedTest
    @EnumSource(LegacyEncoding.class)
    void detectsEachEncodingInRealDocuments(LegacyEncoding encoding) {
        for (String document : DOCUMENTS) {
            String typed = encoding == LegacyEncoding.TCVN3 ? TonePlacement.apply(document, ToneStyle.TRADITIONAL) : document;
            String expected = representable(typed, encoding);
            Detection detection = LegacyEncodings.detect(LegacyEncodings.encode(typed, encoding), null);
            assertEquals(Optional.of(encoding), detection.encoding());
            if (encoding == LegacyEncoding.TCVN3) {
                double same = sameCharShare(expected, detection.text());
                assertTrue(same >= 0.999, "TCVN3 recovered " + same);
            } else {
                assertEquals(expected, detection.text());
            }
        }
    }

    @Test
    void allCapitalTcvn3TextWithItsFontIsRecoveredExactly() {
        String capitals = DOCUMENTS.stream().flatMap(String::lines)
            .filter(line -> line.chars().anyMatch(c -> c >= 0x80 && Character.isLetter(c)))
            .filter(line -> line.equals(line.toUpperCase(Locale.ROOT)))
            .map(line -> representable(line, LegacyEncoding.TCVN3)).collect(Collectors.joining("\n"));
        assertTrue(capitals.length() > 500, "sample of capital lines: " + capitals.length());
        String encoded = LegacyEncodings.encode(capitals, LegacyEncoding.TCVN3);
        Detection detection = LegacyEncodings.detect(encoded, ".VnTimeH");
        assertEquals(Optional.of(LegacyEncoding.TCVN3), detection.encoding());
        assertEquals(capitals, detection.text());
    }

    @Test
    void leavesCleanDocumentsAloneEvenUnderALegacyFontName() {
        for (String document : DOCUMENTS) {
            for (String font : new String[] {null, ".VnTime", "VNI-Times"}) {
                Detection detection = LegacyEncodings.detect(document, font);
                assertEquals(Optional.empty(), detection.encoding());
                assertSame(document, detection.text());
            }
        }
    }

    /** Lines with only Latin-1 letters ("Ông", "÷", "m³") are the ones a decoder could mistake. */
    @Test
    void leavesEveryCleanLineOfACorpusFileAlone() {
        List<String> fired = CorpusSample.documents("corpus-06.txt", 0).stream().flatMap(String::lines)
            .filter(LegacyEncodings::couldBeLegacy)
            .filter(line -> LegacyEncodings.detect(line, null).encoding().isPresent()).toList();
        assertEquals(List.of(), fired);
    }

    @Test
    void seedsAreNotLegacyText() {
        for (String seed : new String[] {"003_d32fa857c2e670e8.txt", "000_42799c9b6627e624.txt"}) {
            String text = CorpusSample.seed(seed);
            assertSame(text, LegacyEncodings.detect(text, null).text(), seed);
        }
    }

    /** The text as the encoding can hold it: what it cannot becomes '?', as the encoder writes it. */
    static String representable(String text, LegacyEncoding encoding) {
        String nfc = UnicodeCleaner.clean(text);
        StringBuilder out = new StringBuilder(nfc.length());
        for (char c : nfc.toCharArray()) {
            boolean viaCapitalFont = encoding == LegacyEncoding.TCVN3 && encoding.table().canEncode(Character.toLowerCase(c));
            out.append(encoding.table().canEncode(c) || viaCapitalFont ? c : '?');
        }
        return out.toString();
    }

    private static double sameCharShare(String expected, String actual) {
        assertEquals(expected.length(), actual.length(), "decoded length");
        long same = java.util.stream.IntStream.range(0, expected.length()).filter(i -> expected.charAt(i) == actual.charAt(i)).count();
        return (double) same / expected.length();
    }
}
