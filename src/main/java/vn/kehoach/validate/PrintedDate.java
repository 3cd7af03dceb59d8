package vn.kehoach.validate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kehoach.model.PlanDocument;
import vn.kehoach.normalize.VietnameseText;

/**
 * A date as printed, to the precision printed ("13/02/2023", "ngày 06 tháng 02 năm 2023", "tháng 6/2020",
 * "năm 2023"), kept even when it cannot exist (31/02/2023): the date rules need the impossible ones too,
 * which the extractor's date reader rightly drops. Comparisons take the whole printed period: "tháng 6/2020"
 * runs from 1 to 30 June.
 */
record PrintedDate(int start, int end, String raw, int year, Integer month, Integer day) {

    private static final String YEAR = "(?<y>(?:19|20)\\d\\d)(?!\\d)";
    /** "năm" between a month and a year, also with the vowel OCR misread ("nim", "núm"): the place leaves no doubt. */
    private static final String YEAR_WORD = "n[aeiouy]m";

    /** Most precise first; a less precise match overlapping a more precise one is dropped. */
    private static final List<Pattern> PATTERNS = List.of(
        Pattern.compile("(?<!\\d)(?<d>\\d{1,2})(?<sep>[/.-])(?<m>\\d{1,2})\\k<sep>" + YEAR),
        Pattern.compile("\\bngay\\s*(?<d>\\d{1,2})\\s*thang\\s*(?<m>\\d{1,2})\\s*" + YEAR_WORD + "\\s*" + YEAR),
        Pattern.compile("\\bthang\\s*(?<m>\\d{1,2})\\s*(?:/|" + YEAR_WORD + ")\\s*" + YEAR),
        Pattern.compile("\\bnam\\s*" + YEAR));

    /** Text as the patterns read it: accents removed, lower case; same length as the Vietnamese text for offsets. */
    static String fold(String text) {
        return VietnameseText.removeAccents(text).toLowerCase(Locale.ROOT);
    }

    /** Every date in folded text, in order. */
    static List<PrintedDate> findAll(String folded) {
        List<PrintedDate> found = new ArrayList<>();
        for (Pattern pattern : PATTERNS) {
            Matcher m = pattern.matcher(folded);
            while (m.find()) {
                PrintedDate date = of(m);
                if (found.stream().noneMatch(d -> d.start < date.end && date.start < d.end)) {
                    found.add(date);
                }
            }
        }
        found.sort(Comparator.comparingInt(PrintedDate::start));
        return found;
    }

    /** The first date starting at or after {@code from}, if it starts within {@code within} characters. */
    static Optional<PrintedDate> firstAfter(String folded, int from, int within) {
        return findAll(folded).stream().filter(d -> d.start >= from && d.start <= from + within).findFirst();
    }

    private static PrintedDate of(Matcher m) {
        return new PrintedDate(m.start(), m.end(), m.group(), Integer.parseInt(m.group("y")), group(m, "m"), group(m, "d"));
    }

    private static Integer group(Matcher m, String name) {
        try {
            String value = m.group(name);
            return value == null ? null : Integer.valueOf(value);
        } catch (IllegalArgumentException noSuchGroup) {
            return null;
        }
    }

    boolean possible() {
        if (month == null) {
            return true;
        }
        if (month < 1 || month > 12) {
            return false;
        }
        return day == null || (day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth());
    }

    /** First day of the printed period; only for possible dates. */
    LocalDate first() {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    /** Last day of the printed period; only for possible dates. */
    LocalDate last() {
        if (month == null) {
            return LocalDate.of(year, 12, 31);
        }
        return day == null ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, month, day);
    }

    /** Whether the two name the same time at the coarser of their precisions: "tháng 11/2023" is within "năm 2023". */
    boolean agreesWith(PrintedDate other) {
        return year == other.year && (month == null || other.month == null || month.equals(other.month))
            && (day == null || other.day == null || month == null || other.month == null || day.equals(other.day));
    }

    /** ISO to the printed precision: yyyy-MM-dd, yyyy-MM or yyyy. */
    String iso() {
        return month == null ? String.valueOf(year)
            : day == null ? String.format("%04d-%02d", year, month) : String.format("%04d-%02d-%02d", year, month, day);
    }

    /** An ISO date of the model (yyyy-MM-dd, yyyy-MM or yyyy) as a printed period; null if it is none. */
    static PrintedDate ofIso(String iso) {
        if (iso == null || !iso.matches("(19|20)\\d\\d(-\\d\\d(-\\d\\d)?)?")) {
            return null;
        }
        String[] parts = iso.split("-");
        return new PrintedDate(0, iso.length(), iso, Integer.parseInt(parts[0]),
            parts.length > 1 ? Integer.valueOf(parts[1]) : null, parts.length > 2 ? Integer.valueOf(parts[2]) : null);
    }

    /** The plan's own issue date, when extraction read one. */
    static Optional<PrintedDate> issueDate(PlanDocument document) {
        if (document.document() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(ofIso(document.document().issueDate().value())).filter(PrintedDate::possible);
    }

    /** The date as the line prints it, accents and all (the match was made on the folded line). */
    String printedIn(String text) {
        return fold(text).length() == text.length() && end <= text.length() ? text.substring(start, end) : raw;
    }

    /** The printed form for messages: "13/02/2023", "06/2020", "2023". */
    String shown() {
        return month == null ? String.valueOf(year)
            : day == null ? String.format("%02d/%04d", month, year) : String.format("%02d/%02d/%04d", day, month, year);
    }
}
