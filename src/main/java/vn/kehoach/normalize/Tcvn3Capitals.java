package vn.kehoach.normalize;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Restores capitals with tones in TCVN3 text decoded without an all-capital font hint. TCVN3 has no
 * codes for them: typists switched to a font like ".VnTimeH" that shows the lower-case codes as
 * capitals, and that switch is lost with the font. A toned letter is taken for a capital when it
 * sits in a word of capitals ("HOạCH"), or in a phrase whose only lower-case letters are toned ones
 * and which has a capital Vietnamese word ("Bộ Kế HOẠCH", but not "Số" in "Số: 25/KH-UBND").
 */
final class Tcvn3Capitals {

    /** Words, numbers, spaces and hyphens: a phrase ends at other punctuation and at line ends. */
    private static final Pattern PHRASE = Pattern.compile("[\\p{L}\\p{N} \\t\\u00A0-]+");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private Tcvn3Capitals() {
    }

    static String restore(String decoded) {
        String capitalWords = LetterRuns.map(decoded, w -> hasCapitalAfterFirst(w) && !hasAsciiLowerCase(w) ? upper(w) : w);
        return PHRASE.matcher(capitalWords).replaceAll(phrase -> Matcher.quoteReplacement(restorePhrase(phrase.group())));
    }

    private static String restorePhrase(String phrase) {
        return hasAsciiLowerCase(phrase) || !hasCapitalSyllable(phrase) ? phrase : upper(phrase);
    }

    /** A word of capitals that is a Vietnamese syllable ("TẾ", "KINH"), unlike codes such as "UBND", "QĐ". */
    private static boolean hasCapitalSyllable(String phrase) {
        Matcher word = WORD.matcher(phrase);
        while (word.find()) {
            String w = word.group();
            if (w.length() > 1 && w.equals(upper(w)) && VietnameseSyllables.isValid(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasCapitalAfterFirst(String word) {
        return word.chars().skip(1).anyMatch(Character::isUpperCase);
    }

    private static boolean hasAsciiLowerCase(String text) {
        return text.chars().anyMatch(c -> c >= 'a' && c <= 'z');
    }

    private static String upper(String text) {
        return text.toUpperCase(Locale.ROOT);
    }
}
