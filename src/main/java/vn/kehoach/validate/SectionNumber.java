package vn.kehoach.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A section number as printed, read as a kind and an ordinal among its siblings: "IV." is Roman 4,
 * "2.2." is Arabic 2 (its last part), "c)" is letter 3. Letters count đ between d and e, as Vietnamese
 * lists do; a list that skips đ (or the Latin f, j, w, z Vietnamese lacks) skips nothing.
 */
record SectionNumber(Kind kind, int ordinal, String printed) {

    enum Kind { ROMAN, ARABIC, LETTER }

    private static final Pattern ROMAN = Pattern.compile("^([IVXLC]+)\\s*[.:)/-]?$");
    private static final Pattern ARABIC = Pattern.compile("^(?:\\d+\\.)*(\\d+)\\.?$");
    private static final Pattern LETTER = Pattern.compile("^([a-zđ])\\s*[).]$");
    private static final String LETTERS = "abcdđefghijklmnopqrstuvwxyz";
    /** Letters one of the two alphabets lacks: a list may go from d to e or from e to g without a gap. */
    private static final String OPTIONAL_LETTERS = "đfjwz";

    static Optional<SectionNumber> parse(String printed) {
        if (printed == null) {
            return Optional.empty();
        }
        String s = printed.strip();
        Matcher m = ROMAN.matcher(s);
        if (m.matches()) {
            return roman(m.group(1)).map(n -> new SectionNumber(Kind.ROMAN, n, s));
        }
        m = ARABIC.matcher(s);
        if (m.matches()) {
            return Optional.of(new SectionNumber(Kind.ARABIC, Integer.parseInt(m.group(1)), s));
        }
        m = LETTER.matcher(s);
        if (m.matches()) {
            return Optional.of(new SectionNumber(Kind.LETTER, LETTERS.indexOf(m.group(1)) + 1, s));
        }
        return Optional.empty();
    }

    /** The numbers a list going from {@code this} to {@code next} left out, printed as this kind prints them. */
    List<SectionNumber> skippedBefore(SectionNumber next) {
        List<SectionNumber> skipped = new ArrayList<>();
        for (int n = ordinal + 1; n < next.ordinal; n++) {
            if (kind == Kind.LETTER && OPTIONAL_LETTERS.indexOf(LETTERS.charAt(n - 1)) >= 0) {
                continue;
            }
            skipped.add(new SectionNumber(kind, n, show(n)));
        }
        return skipped;
    }

    /** Same kind and ordinal, however printed ("IV" and "IV."). */
    boolean sameAs(SectionNumber other) {
        return kind == other.kind && ordinal == other.ordinal;
    }

    private String show(int n) {
        return switch (kind) {
            case ROMAN -> toRoman(n);
            case ARABIC -> printed.replaceFirst("\\d+(\\.?)$", n + "$1");
            case LETTER -> LETTERS.charAt(n - 1) + ")";
        };
    }

    private static Optional<Integer> roman(String s) {
        int total = 0;
        for (int i = 0; i < s.length(); i++) {
            int v = value(s.charAt(i));
            int nextValue = i + 1 < s.length() ? value(s.charAt(i + 1)) : 0;
            total += v < nextValue ? -v : v;
        }
        // "IIV" or "VV" are not numbers: only the canonical spelling is read, so OCR noise is not taken for one.
        return toRoman(total).equals(s) ? Optional.of(total) : Optional.empty();
    }

    private static int value(char c) {
        return switch (c) {
            case 'I' -> 1;
            case 'V' -> 5;
            case 'X' -> 10;
            case 'L' -> 50;
            default -> 100;
        };
    }

    private static String toRoman(int n) {
        String[] tens = {"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"};
        String[] ones = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
        return "C".repeat(n / 100) + tens[n % 100 / 10] + ones[n % 10];
    }
}
