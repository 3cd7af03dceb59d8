package vn.kehoach.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Group headers of an OCR text dump's table, from the header lines above its first data row. A dump
 * collapses the spaces between header cells and wraps each cell over several lines, so its leaf headers
 * ("Tổng", "khẩu tự", "nhiên" stacked) cannot be told apart; what can be read is a dated group header
 * ("Tổng số khẩu có thẻ tính đến 06/3/2023 | Chỉ tiêu phát triển BHYT tính đến tháng 10 năm 2023"),
 * which is what ties the table's figures to the dates a sentence gives them. The group lines are the
 * header lines from the top to the last one holding a date. Each splits into phrases at pipes, at runs
 * of spaces, after a date, and where a capitalised word opens a new phrase after a word ("… tính Chỉ
 * tiêu …"; an acronym such as BHYT does not). The top line's phrases are the groups; a following line
 * with as many phrases continues them one by one ("tính" + "đến 06/3/2023"). The k groups lie over the
 * value columns in order and share them evenly (the later groups taking the remainder), since the dump
 * kept no positions to place them by.
 */
final class DumpHeaders {

    /** A phrase boundary: a pipe or a run of spaces, as an OCR dump prints a gap between cells. */
    private static final Pattern CELL_GAP = Pattern.compile("\\s*\\|\\s*|\\s{2,}");
    /** A word opening a phrase: a capital followed by a lower-case letter ("Chỉ", "Tổng"), not an acronym. */
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}\\p{Ll}");

    private DumpHeaders() {
    }

    /**
     * @param headerLines the texts of the header lines, top to bottom
     * @param columns the table's column count
     * @param firstValue the first value column (after the order and label columns)
     * @return one path per column: the group above each value column, empty for the others or when no
     *     dated group could be read
     */
    static List<List<String>> paths(List<String> headerLines, int columns, int firstValue) {
        List<List<String>> paths = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            paths.add(List.of());
        }
        List<String> groups = groups(headerLines);
        int values = columns - firstValue;
        if (groups.isEmpty() || groups.size() > values) {
            return paths;
        }
        for (int g = 0; g < groups.size(); g++) {
            for (int v = start(g, groups.size(), values); v < start(g + 1, groups.size(), values); v++) {
                paths.set(firstValue + v, List.of(groups.get(g)));
            }
        }
        return paths;
    }

    /** The first value column of group {@code g} of {@code k} over {@code values} columns; the last groups are the wider. */
    private static int start(int g, int k, int values) {
        int base = values / k;
        int wider = values % k;
        int narrow = k - wider;
        return g <= narrow ? g * base : narrow * base + (g - narrow) * (base + 1);
    }

    private static List<String> groups(List<String> headerLines) {
        int last = -1;
        for (int i = 0; i < headerLines.size(); i++) {
            if (VietnameseDates.find(OcrText.fold(headerLines.get(i)), 0).isPresent()) {
                last = i;
            }
        }
        List<StringBuilder> groups = new ArrayList<>();
        for (int i = 0; i <= last; i++) {
            List<String> phrases = phrases(headerLines.get(i));
            if (groups.isEmpty()) {
                phrases.forEach(p -> groups.add(new StringBuilder(p)));
            } else if (phrases.size() == groups.size()) {
                for (int g = 0; g < groups.size(); g++) {
                    groups.get(g).append(' ').append(phrases.get(g));
                }
            } else {
                break; // a line that does not continue every group cannot be placed under them
            }
        }
        return groups.stream().map(StringBuilder::toString).toList();
    }

    /** The phrases of one header line, left to right. */
    static List<String> phrases(String line) {
        List<String> phrases = new ArrayList<>();
        for (String cell : CELL_GAP.split(line.strip())) {
            for (String dated : afterDates(cell)) {
                phrases.addAll(atCapitals(dated));
            }
        }
        return phrases.stream().filter(p -> p.chars().anyMatch(Character::isLetterOrDigit)).toList();
    }

    /** A date closes a header phrase: "đến 06/3/2023 2023" is the end of two groups. */
    private static List<String> afterDates(String text) {
        List<String> parts = new ArrayList<>();
        String folded = OcrText.fold(text);
        int from = 0;
        Optional<VietnameseDates.Found> date;
        while ((date = VietnameseDates.find(folded, from)).isPresent()) {
            parts.add(text.substring(from, date.get().end()).strip());
            from = date.get().end();
        }
        parts.add(text.substring(from).strip());
        return parts.stream().filter(p -> !p.isEmpty()).toList();
    }

    private static List<String> atCapitals(String text) {
        List<String> parts = new ArrayList<>();
        String[] words = text.split("\\s+");
        StringBuilder current = new StringBuilder();
        for (String word : words) {
            Matcher capital = CAPITALISED.matcher(word);
            if (!current.isEmpty() && capital.lookingAt()) {
                parts.add(current.toString());
                current = new StringBuilder();
            }
            if (!current.isEmpty()) {
                current.append(' ');
            }
            current.append(word);
        }
        if (!current.isEmpty()) {
            parts.add(current.toString());
        }
        return parts;
    }
}
