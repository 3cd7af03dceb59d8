package vn.kehoach.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbering that opens a part of a plan, as printed: "Phần thứ nhất", "I.", "2.", "2.1.", "2.1.1",
 * "a)". Read from the text itself, not from list markers, since OCR and PDF text often loses the
 * space after the number ("1.1.Thực hiện", "V.TỔ CHỨC"). {@code unpunctuated} marks a Roman numeral
 * read without its full stop, a sign of OCR damage to the numeral itself.
 */
record SectionNumbering(String printed, int rank, String rest, boolean unpunctuated) {

    /** Ranks: smaller is outer. Decimal numbers rank by depth between Roman numerals and letters. */
    static final int PART = 0;
    static final int ROMAN = 1;
    static final int LETTER = 10;

    private static final Pattern PART_PATTERN = Pattern.compile(
        "^(?<num>(?:ph[^\\s]{1,2}n|ch[^\\s]{1,3}ng)\\s+(?:th[^\\s]{1,2}\\s+)?[^\\s:.]+)\\s*[:.]?\\s*(?<rest>.*)$");
    private static final Pattern ROMAN_PATTERN = Pattern.compile("^(?<num>[IVXL]{1,5})\\s*[.:/)-]\\s*(?<rest>\\S.*)$");
    /** OCR drops the full stop after a Roman numeral ("II KINH PHÍ"); numerals that are also words stay words. */
    private static final Pattern BARE_ROMAN_PATTERN = Pattern.compile("^(?<num>(?!(?:VI|XI|LI)\\s)[IVX]{0,3}[IVXL])\\s+(?<rest>\\p{Lu}.*)$");
    private static final List<String> ROMANS = List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
        "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX");
    /** The text after a decimal number opens with a non-digit: "7.544 người" is a count, not part 7. */
    private static final Pattern DECIMAL_PATTERN = Pattern.compile(
        "^(?<num>\\d{1,2}(?:\\.\\d{1,2}){0,3})(?<end>[.)]|(?<=\\d\\.\\d{1,2})(?=\\s))\\s*(?<rest>[^\\d\\s].*)$");
    private static final Pattern LETTER_PATTERN = Pattern.compile("^(?<num>[a-zđ])\\)\\s*(?<rest>\\S.*)$");

    static Optional<SectionNumbering> parse(String line) {
        String text = line.replaceAll("[*#]", "").strip();
        Matcher part = PART_PATTERN.matcher(OcrText.fold(text));
        if (part.matches() && isOrdinal(part.group("num"))) {
            return Optional.of(new SectionNumbering(text.substring(0, part.end("num")), PART, text.substring(part.start("rest")), false));
        }
        Matcher roman = ROMAN_PATTERN.matcher(text);
        if (roman.matches() && mostlyCapitals(roman.group("rest"))) {
            String num = lastIReadAsL(roman.group("num"));
            return Optional.of(new SectionNumbering(num + ".", ROMAN, roman.group("rest").strip(), !num.equals(roman.group("num"))));
        }
        Matcher bare = BARE_ROMAN_PATTERN.matcher(text);
        if (bare.matches() && ROMANS.contains(lastIReadAsL(bare.group("num"))) && mostlyCapitals(bare.group("rest"))) {
            return Optional.of(new SectionNumbering(lastIReadAsL(bare.group("num")) + ".", ROMAN, bare.group("rest").strip(), true));
        }
        Matcher decimal = DECIMAL_PATTERN.matcher(text);
        if (decimal.matches()) {
            String num = decimal.group("num");
            int depth = num.split("\\.").length;
            return Optional.of(new SectionNumbering(num + decimal.group("end"), ROMAN + depth, decimal.group("rest").strip(), false));
        }
        Matcher letter = LETTER_PATTERN.matcher(text);
        if (letter.matches()) {
            return Optional.of(new SectionNumbering(letter.group("num") + ")", LETTER, letter.group("rest").strip(), false));
        }
        return Optional.empty();
    }

    /**
     * A plan never reaches fifty parts: a numeral ending in L ("IL") is OCR's reading of a last "I." and
     * the numeral is read with an I ("II").
     */
    private static String lastIReadAsL(String numeral) {
        return numeral.endsWith("L") ? numeral.substring(0, numeral.length() - 1) + "I" : numeral;
    }

    /**
     * This numbering read again after {@code previous}: a Roman numeral that lost its full stop and
     * repeats the one before ("II KINH PHÍ" after "II.") lost an "I" as well, so it is the next numeral.
     */
    SectionNumbering after(SectionNumbering previous) {
        int index = ROMANS.indexOf(printed.substring(0, printed.length() - 1));
        if (!unpunctuated || rank != ROMAN || !printed.equals(previous.printed) || index + 1 >= ROMANS.size()) {
            return this;
        }
        return new SectionNumbering(ROMANS.get(index + 1) + ".", rank, rest, true);
    }

    /** "thứ nhất", "thứ hai", "I", "1": the word after "Phần"/"Chương" must count. */
    private static boolean isOrdinal(String num) {
        String last = num.substring(num.lastIndexOf(' ') + 1);
        return last.matches("[ivxl]+|\\d+|nhat|hai|ba|tu|nam|sau|bay|tam|chin|muoi");
    }

    /** Roman-numbered headings are in capitals; "I." before lower-case text is more likely a stray letter. */
    private static boolean mostlyCapitals(String text) {
        long letters = text.chars().filter(Character::isLetter).count();
        long capitals = text.chars().filter(Character::isUpperCase).count();
        return letters > 0 && capitals >= 0.6 * letters;
    }
}
