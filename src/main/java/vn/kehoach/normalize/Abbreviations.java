package vn.kehoach.normalize;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Agency and document-type abbreviations (UBND, HĐND, QĐ, NQ, ĐU ...), whose Đ English-model OCR and
 * de-accented typing write as D or P: "HPND" -> "HĐND", "15-NQ/PU" -> "15-NQ/ĐU", "QD-UBND" -> "QĐ-UBND";
 * and whose U OCR reads as V: "VBND" -> "UBND".
 * They follow this table, not the language model. One that is also a syllable ("DU") is only taken
 * as an abbreviation inside a document symbol (next to '/', '-' or a digit).
 */
final class Abbreviations {

    private static final Map<String, String> BY_FOLDED = new HashMap<>();

    static {
        Stream.of("UBND", "HĐND", "QĐ", "NQ", "NĐ", "CP", "TT", "TTg", "QH", "ĐU", "ĐUBT", "TU", "HU", "BCH", "BTV",
                "KH", "BC", "TB", "CV", "CT", "TTr", "HD", "BHYT", "BHXH", "BHTN", "MTTQ", "UBMTTQ", "ĐBQH",
                "BCĐ", "ĐTN", "HLHPN", "HND", "HCCB", "LĐLĐ", "VP", "BTC", "BNV", "BYT", "BGDĐT", "BLĐTBXH", "BNN",
                "PTNT", "KP", "TDP", "TĐC", "ĐH", "PCCC", "ANTT", "KT", "XH", "UB", "VH", "TDTT", "BQL", "BĐBP", "QĐND")
            .forEach(a -> {
                String clash = BY_FOLDED.put(fold(a), a);
                if (clash != null) {
                    throw new IllegalStateException(a + " and " + clash + " fold alike");
                }
            });
    }

    private Abbreviations() {
    }

    /** The table spelling of an upper-case token, if it is a known abbreviation in this position of the line. */
    static Optional<String> canonical(String token, String line, int start, int end) {
        if (token.length() < 2 || !abbreviationLetters(token)) {
            return Optional.empty();
        }
        String known = BY_FOLDED.containsValue(token) ? token : BY_FOLDED.get(fold(token));
        if (known == null) {
            return Optional.empty();
        }
        boolean inSymbol = symbolChar(line, start - 1) || symbolChar(line, end);
        return inSymbol || !VietnameseSyllables.isValid(known) ? Optional.of(known) : Optional.empty();
    }

    /** Capitals, and the lower-case g and r of TTg and TTr. */
    private static boolean abbreviationLetters(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (!Character.isUpperCase(c) && c != 'g' && c != 'r') {
                return false;
            }
        }
        return true;
    }

    /**
     * D, Đ and P (and the Ð look-alike) fold together: OCR and plain typing confuse them; so do U and V,
     * which OCR confuses in capitals ("VBND"). No two abbreviations of the table differ only there.
     */
    private static String fold(String s) {
        return s.toUpperCase(Locale.ROOT).replace('Đ', 'D').replace('P', 'D').replace('Ð', 'D').replace('V', 'U');
    }

    private static boolean symbolChar(String line, int i) {
        if (i < 0 || i >= line.length()) {
            return false;
        }
        char c = line.charAt(i);
        return c == '/' || c == '-' || Character.isDigit(c);
    }
}
