package vn.kehoach.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as Vietnamese documents print them: "ngày 13 tháng 02 năm 2023", "ngày 14/8/2018", and the
 * coarser "tháng 6/2020", "tháng 11 năm 2023", "năm 2023" of deadlines. Matched on {@link OcrText#fold}ed
 * text, so OCR spellings such as "ngdy 13 thang 02 ndm 2023" read too.
 */
final class VietnameseDates {

    private static final String DAY = OcrText.cue("ngày");
    private static final String MONTH = OcrText.cue("tháng");
    private static final String YEAR = OcrText.cue("năm");

    /** Most precise first: each is tried in turn and the earliest match of the first that hits wins. */
    private static final List<Pattern> PATTERNS = List.of(
        Pattern.compile("(?:" + DAY + "\\s*)?(?<d>\\d{1,2})\\s*[/.-]\\s*(?<m>\\d{1,2})\\s*[/.-]\\s*(?<y>(?:19|20)\\d\\d)(?!\\d)"),
        Pattern.compile(DAY + "\\s*(?<d>\\d{1,2})\\s*" + MONTH + "\\s*(?<m>\\d{1,2})\\s*" + YEAR + "\\s*(?<y>(?:19|20)\\d\\d)(?!\\d)"),
        Pattern.compile(MONTH + "\\s*(?<m>\\d{1,2})\\s*(?:/|" + YEAR + ")\\s*(?<y>(?:19|20)\\d\\d)(?!\\d)"),
        Pattern.compile(YEAR + "\\s*(?<y>(?:19|20)\\d\\d)(?!\\d)"));

    private VietnameseDates() {
    }

    /** A date found in text: where it stands and its ISO form (yyyy-MM-dd, yyyy-MM or yyyy). */
    record Found(int start, int end, String iso) {
    }

    /** The first date in {@code folded} from {@code from} on, the most precise form preferred. */
    static Optional<Found> find(String folded, int from) {
        return find(folded, from, folded.length());
    }

    static Optional<Found> find(String folded, int from, int to) {
        for (Pattern pattern : PATTERNS) {
            Matcher m = pattern.matcher(folded).region(from, to);
            while (m.find()) {
                Optional<String> iso = iso(m);
                if (iso.isPresent()) {
                    return Optional.of(new Found(m.start(), m.end(), iso.get()));
                }
            }
        }
        return Optional.empty();
    }

    /** Only a day-month-year date, as an issue date must be. */
    static Optional<Found> findFullDate(String folded, int from) {
        return find(folded, from).filter(f -> f.iso().length() == 10);
    }

    private static Optional<String> iso(Matcher m) {
        int year = Integer.parseInt(m.group("y"));
        Integer month = group(m, "m");
        Integer day = group(m, "d");
        try {
            if (day != null) {
                return Optional.of(LocalDate.of(year, month, day).toString());
            }
            if (month != null) {
                return month >= 1 && month <= 12 ? Optional.of(String.format("%04d-%02d", year, month)) : Optional.empty();
            }
            return Optional.of(String.valueOf(year));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Integer group(Matcher m, String name) {
        try {
            String value = m.group(name);
            return value == null ? null : Integer.valueOf(value);
        } catch (IllegalArgumentException noSuchGroup) {
            return null;
        }
    }
}
