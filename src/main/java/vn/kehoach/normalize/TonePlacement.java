package vn.kehoach.normalize;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Puts the tone mark of every Vietnamese syllable in a text on its canonical vowel for a {@link ToneStyle}.
 * Besides switching styles this repairs misplaced marks ("hòan", "qúy"). Tokens that are not valid
 * syllables are left as they are, so names and foreign words survive.
 */
public final class TonePlacement {

    private static final String VOWELS = "aăâeêioôơuưy";
    private static final String TONE_MARKS = "\u0300\u0301\u0309\u0303\u0323";
    private static final int TONES = TONE_MARKS.length() + 1;
    /** Every toned or toneless Vietnamese vowel below this code point; ỹ (U+1EF9) is the last. */
    private static final int TABLE_SIZE = 0x1EFA;
    private static final char[] TONELESS = new char[TABLE_SIZE];
    private static final byte[] TONE = new byte[TABLE_SIZE];
    /** WITH_TONE[2 * vowel + (upper ? 1 : 0)][tone], tone 0 being no mark. */
    private static final char[][] WITH_TONE = new char[VOWELS.length() * 2][TONES];

    static {
        for (int v = 0; v < VOWELS.length(); v++) {
            for (int upper = 0; upper < 2; upper++) {
                String base = String.valueOf(VOWELS.charAt(v));
                base = upper == 1 ? base.toUpperCase(Locale.ROOT) : base;
                for (int tone = 0; tone < TONES; tone++) {
                    String marked = tone == 0 ? base : base + TONE_MARKS.charAt(tone - 1);
                    char c = Normalizer.normalize(marked, Normalizer.Form.NFC).charAt(0);
                    WITH_TONE[2 * v + upper][tone] = c;
                    TONELESS[c] = base.charAt(0);
                    TONE[c] = (byte) tone;
                }
            }
        }
    }

    private TonePlacement() {
    }

    /** The NFC text with every syllable's tone mark placed for the style; the same string if none moved. */
    public static String apply(String text, ToneStyle style) {
        return LetterRuns.map(text, word -> placeInSyllable(word, style));
    }

    /** One syllable with its tone mark on the canonical vowel; unchanged if it is not a valid syllable. */
    static String placeInSyllable(String word, ToneStyle style) {
        int toned = onlyTonedVowel(word);
        if (toned < 0 || !hasVowelNeighbour(word, toned)) {
            return word; // a lone vowel can carry the mark only one way
        }
        char[] letters = word.toCharArray();
        int tone = TONE[letters[toned]];
        letters[toned] = TONELESS[letters[toned]];
        int target = toneVowel(new String(letters).toLowerCase(Locale.ROOT), style);
        if (target == toned || !VietnameseSyllables.isValid(word)) {
            return word; // validity last: it is the costly check, and most marks already sit right
        }
        letters[target] = withTone(letters[target], tone);
        return new String(letters);
    }

    /**
     * Index of the vowel that carries the tone in a toneless lower-case syllable: the vowel with a
     * shape mark (the last one: ươ takes it on ơ); else the last vowel before a final consonant; else
     * the middle of three vowels; else the first of two, except oa/oe/uy where the style decides.
     */
    private static int toneVowel(String syllable, ToneStyle style) {
        int start = nucleusStart(syllable);
        int end = start;
        int shaped = -1;
        while (end < syllable.length() && isVowel(syllable.charAt(end))) {
            if ("ăâêôơư".indexOf(syllable.charAt(end)) >= 0) {
                shaped = end;
            }
            end++;
        }
        int length = end - start;
        if (shaped >= 0) {
            return shaped;
        }
        if (length == 1 || end < syllable.length()) {
            return end - 1;
        }
        if (length == 3) {
            return start + 1;
        }
        String pair = syllable.substring(start, end);
        boolean glide = pair.equals("oa") || pair.equals("oe") || pair.equals("uy");
        return glide && style == ToneStyle.TRADITIONAL ? start + 1 : start;
    }

    /** Where the vowels of the rhyme begin: after the onset, where qu and gi (before a vowel) own their u/i. */
    private static int nucleusStart(String syllable) {
        boolean vowelAfterTwo = syllable.length() > 2 && isVowel(syllable.charAt(2));
        if (vowelAfterTwo && (syllable.startsWith("qu") || syllable.startsWith("gi"))) {
            return 2;
        }
        int i = 0;
        while (i < syllable.length() && !isVowel(syllable.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Index of the single toned vowel, or -1 if there is none or more than one. */
    private static int onlyTonedVowel(String word) {
        int found = -1;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < TABLE_SIZE && TONE[c] != 0) {
                if (found >= 0) {
                    return -1;
                }
                found = i;
            }
        }
        return found;
    }

    private static boolean hasVowelNeighbour(String word, int i) {
        return (i > 0 && isVowel(word.charAt(i - 1))) || (i + 1 < word.length() && isVowel(word.charAt(i + 1)));
    }

    /** Any case, toned or not. */
    private static boolean isVowel(char c) {
        char toneless = c < TABLE_SIZE && TONELESS[c] != 0 ? TONELESS[c] : c;
        return VOWELS.indexOf(Character.toLowerCase(toneless)) >= 0;
    }

    private static char withTone(char toneless, int tone) {
        int v = VOWELS.indexOf(Character.toLowerCase(toneless));
        return WITH_TONE[2 * v + (Character.isUpperCase(toneless) ? 1 : 0)][tone];
    }
}
