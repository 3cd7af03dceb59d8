package vn.kehoach.normalize;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The inventory of written Vietnamese syllables: onset x rhyme x tone with the spelling rules
 * (c/k/q, g/gh, ng/ngh, gi, qu; stop finals p/t/c/ch take only the sắc or nặng tone). Tone-mark
 * placement (hòa/hoà) does not matter here; a syllable with two tone marks is invalid.
 */
public final class VietnameseSyllables {

    /** The six tones; LEVEL (ngang) has no mark. */
    public enum Tone { LEVEL, FALLING, RISING, QUESTION, TUMBLING, HEAVY }

    private static final Set<String> ONSETS = Set.of("", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh",
        "l", "m", "n", "ng", "ngh", "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x");

    /** Rhymes without a medial glide. */
    private static final Set<String> PLAIN_RHYMES = Set.of(
        "a", "ac", "ach", "ai", "am", "an", "ang", "anh", "ao", "ap", "at", "au", "ay",
        "ăc", "ăm", "ăn", "ăng", "ăp", "ăt",
        "âc", "âm", "ân", "âng", "âp", "ât", "âu", "ây",
        "e", "ec", "em", "en", "eng", "eo", "ep", "et",
        "ê", "êch", "êm", "ên", "ênh", "êp", "êt", "êu",
        "i", "ia", "ich", "im", "in", "inh", "ip", "it", "iu",
        "iêc", "iêm", "iên", "iêng", "iêp", "iêt", "iêu",
        "o", "oc", "oi", "om", "on", "ong", "op", "ot", "ooc", "oong",
        "ô", "ôc", "ôi", "ôm", "ôn", "ông", "ôp", "ôt",
        "ơ", "ơi", "ơm", "ơn", "ơp", "ơt",
        "u", "ua", "uc", "ui", "um", "un", "ung", "up", "ut",
        "uôc", "uôi", "uôm", "uôn", "uông", "uôt",
        "ư", "ưa", "ưc", "ưi", "ưm", "ưn", "ưng", "ưt", "ưu",
        "ươc", "ươi", "ươm", "ươn", "ương", "ươp", "ươt", "ươu",
        "y", "yêm", "yên", "yêt", "yêu");

    /** Rhymes with the medial o/u glide (hoa, khoẻ, thuỷ, tuần, huế, thuở, khuya, quyết after q). */
    private static final Set<String> MEDIAL_RHYMES = Set.of(
        "oa", "oac", "oach", "oai", "oam", "oan", "oang", "oanh", "oao", "oap", "oat", "oay",
        "oăc", "oăm", "oăn", "oăng", "oăt",
        "oe", "oen", "oeo", "oet",
        "uân", "uâng", "uât", "uây",
        "uê", "uêch", "uênh",
        "uy", "uya", "uych", "uyên", "uyêt", "uynh", "uyp", "uyt", "uyu",
        "uơ");

    private static final Pattern ONSET_THEN_RHYME = Pattern.compile("^(ngh|ng|nh|gh|gi|kh|ch|ph|th|tr|qu|[bcdđghklmnpqrstvx]?)(.*)$");
    private static final Pattern LETTER_TOKEN = Pattern.compile("\\p{L}+");

    private VietnameseSyllables() {
    }

    /** Whether the token (any case, tone placement, NFC or not) is one valid Vietnamese syllable. */
    public static boolean isValid(String token) {
        String nfd = Normalizer.normalize(token.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        int toneMarks = 0;
        Tone tone = Tone.LEVEL;
        StringBuilder base = new StringBuilder(nfd.length());
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            Tone t = toneOfMark(c);
            if (t != null) {
                toneMarks++;
                tone = t;
            } else {
                base.append(c);
            }
        }
        if (toneMarks > 1) {
            return false;
        }
        String plain = Normalizer.normalize(base, Normalizer.Form.NFC);
        return isValidBase(plain, tone);
    }

    /** The tone of a syllable (the last tone mark found; LEVEL if none). */
    public static Tone toneOf(String syllable) {
        String nfd = Normalizer.normalize(syllable, Normalizer.Form.NFD);
        Tone tone = Tone.LEVEL;
        for (int i = 0; i < nfd.length(); i++) {
            Tone t = toneOfMark(nfd.charAt(i));
            if (t != null) {
                tone = t;
            }
        }
        return tone;
    }

    /** Counts of letter tokens in a text: how many, how many valid syllables, how many of those carry marks. */
    public record Score(int tokens, int valid, int marked) {
        public double validShare() {
            return tokens == 0 ? 0 : (double) valid / tokens;
        }

        public double markedShare() {
            return tokens == 0 ? 0 : (double) marked / tokens;
        }
    }

    /** Scores every letter token of the text (digits and punctuation are ignored). */
    public static Score score(String text) {
        Matcher m = LETTER_TOKEN.matcher(Normalizer.normalize(text, Normalizer.Form.NFC));
        int tokens = 0;
        int valid = 0;
        int marked = 0;
        while (m.find()) {
            String token = m.group();
            tokens++;
            if (isValid(token)) {
                valid++;
                if (hasVietnameseMarks(token)) {
                    marked++;
                }
            }
        }
        return new Score(tokens, valid, marked);
    }

    /** Whether the token carries any tone mark, vowel mark (â ă ê ô ơ ư) or đ. */
    public static boolean hasVietnameseMarks(String token) {
        String nfd = Normalizer.normalize(token, Normalizer.Form.NFD);
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if (c == 'đ' || c == 'Đ' || (c >= '\u0300' && c <= '\u036f')) {
                return true;
            }
        }
        return false;
    }

    private static boolean isValidBase(String s, Tone tone) {
        if (s.isEmpty()) {
            return false;
        }
        if (s.startsWith("gi") && (s.length() == 2 || isRhyme("i" + s.substring(2), tone))) {
            return true; // gì, gìn: the onset's i doubles as the vowel
        }
        Matcher m = ONSET_THEN_RHYME.matcher(s);
        if (!m.matches()) {
            return false;
        }
        String onset = m.group(1);
        String rhyme = m.group(2);
        if (!ONSETS.contains(onset) || !isRhyme(rhyme, tone)) {
            return false;
        }
        return spellingAllows(onset, rhyme);
    }

    private static boolean isRhyme(String rhyme, Tone tone) {
        if (!PLAIN_RHYMES.contains(rhyme) && !MEDIAL_RHYMES.contains(rhyme)) {
            return false;
        }
        boolean stopFinal = rhyme.endsWith("p") || rhyme.endsWith("t") || rhyme.endsWith("c") || rhyme.endsWith("ch");
        return !stopFinal || tone == Tone.RISING || tone == Tone.HEAVY;
    }

    /** c/k, g/gh, ng/ngh, qu, iê/yê and the glide: which onset spelling goes with which rhyme. */
    private static boolean spellingAllows(String onset, String rhyme) {
        boolean front = rhyme.startsWith("i") || rhyme.startsWith("e") || rhyme.startsWith("ê");
        return switch (onset) {
            case "k" -> front || rhyme.equals("y");
            case "gh", "ngh" -> front;
            case "c" -> !front && !rhyme.startsWith("y") && !MEDIAL_RHYMES.contains(rhyme);
            case "g", "ng" -> !front && !rhyme.startsWith("y");
            case "qu" -> !MEDIAL_RHYMES.contains(rhyme) && !rhyme.startsWith("u") && !rhyme.startsWith("ư")
                && !rhyme.startsWith("o") && !rhyme.startsWith("iê");
            case "" -> !rhyme.startsWith("iê");
            default -> !rhyme.startsWith("yê");
        };
    }

    private static Tone toneOfMark(char c) {
        return switch (c) {
            case '\u0300' -> Tone.FALLING;
            case '\u0301' -> Tone.RISING;
            case '\u0309' -> Tone.QUESTION;
            case '\u0303' -> Tone.TUMBLING;
            case '\u0323' -> Tone.HEAVY;
            default -> null;
        };
    }
}
