package vn.kehoach.extract;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Matching keys that survive missing diacritics and the cheap, general OCR confusions of old
 * English-model scans. {@link #fold} keeps the length of the text, so a match in the key is a match
 * at the same offsets in the printed text.
 */
final class OcrText {

    /**
     * What an English-model OCR prints for an accented vowel once folded: the vowel, or a letter or
     * sign in its place ("ngdy" for "ngày", "mirc" for "mức", "twong" for "tượng", "1¢" for "lệ").
     */
    private static final String VOWEL_LIKE = "[aeiouywrjqdb\\d&¢€$'’]";
    /** A vowel run never opens with r: "tr" is a consonant, so "trong" must not read as "tăng". */
    private static final String FIRST_VOWEL_LIKE = "[aeiouywjqdb\\d&¢€$'’]";

    private OcrText() {
    }

    /**
     * Lower case, no diacritics, đ as d; inside a word, a digit that looks like a letter is read as
     * that letter ("s6" as "so", "1ap" as "lap"), while digits beside digits stay numbers.
     */
    static String fold(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < text.length(); i++) {
            out[i] = baseLetter(text.charAt(i));
        }
        for (int i = 0; i < out.length; i++) {
            char letterLike = digitAsLetter(out[i]);
            if (letterLike != 0 && besideLetter(out, i) && !besideDigit(out, i)) {
                out[i] = letterLike;
            }
        }
        return new String(out);
    }

    /**
     * A pattern for a Vietnamese phrase over {@link #fold}ed text: consonants literal (d also as the p
     * that OCR reads for Đ, l also as 1 or |), each vowel run as one to a few vowels or their OCR stand-ins, so
     * "tháng" matches "thang", "năm" matches "nim" and "ndm". Whole words only.
     */
    static String cue(String phrase) {
        String key = fold(phrase);
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\d])");
        int i = 0;
        while (i < key.length()) {
            char c = key.charAt(i);
            if (c == ' ') {
                regex.append("\\s*");
                i++;
            } else if (isVowel(c)) {
                int start = i;
                while (i < key.length() && isVowel(key.charAt(i))) {
                    i++;
                }
                // a word that opens with a vowel must open with a real one: "bao" is no "yêu"
                boolean wordStart = start == 0 || key.charAt(start - 1) == ' ';
                regex.append(wordStart ? "[aeiouy]" : FIRST_VOWEL_LIKE).append(VOWEL_LIKE).append("{0,").append(i - start).append('}');
            } else {
                regex.append(switch (c) {
                    case 'd' -> "[dp]";
                    case 'l' -> "[l1|i]";
                    default -> Pattern.quote(String.valueOf(c));
                });
                i++;
            }
        }
        return regex.append("(?![\\p{L}])").toString();
    }

    static Pattern cuePattern(String... phrases) {
        StringBuilder alternatives = new StringBuilder();
        for (String phrase : phrases) {
            alternatives.append(alternatives.isEmpty() ? "" : "|").append(cue(phrase));
        }
        return Pattern.compile("(?:" + alternatives + ")");
    }

    private static char baseLetter(char c) {
        if (c == 'đ' || c == 'Đ') {
            return 'd';
        }
        if (c < 0x80) {
            return Character.toLowerCase(c);
        }
        String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        return nfd.toLowerCase(Locale.ROOT).charAt(0);
    }

    private static char digitAsLetter(char c) {
        return switch (c) {
            case '1' -> 'l';
            case '0', '6' -> 'o';
            default -> 0;
        };
    }

    private static boolean besideLetter(char[] s, int i) {
        return (i > 0 && Character.isLetter(s[i - 1])) || (i + 1 < s.length && Character.isLetter(s[i + 1]));
    }

    private static boolean besideDigit(char[] s, int i) {
        return (i > 0 && Character.isDigit(s[i - 1])) || (i + 1 < s.length && Character.isDigit(s[i + 1]));
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }
}
