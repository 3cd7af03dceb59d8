package vn.kehoach.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The row under a header that numbers the columns, as Vietnamese forms print it: "A | B | 1 | 2 | 3" or
 * "(1) | (2) | (3) = (1) + (2)". It belongs to neither the header paths nor the data: summed as a row it
 * would spoil totals. It is recognised by cells that are a letter or a number, with or without
 * parentheses and a formula after "=", the numbers counting up by one from where they start.
 */
final class ColumnNumbering {

    private static final Pattern CELL = Pattern.compile("\\(?([A-Z]|\\d{1,2})\\)?(\\s*=.*)?");

    private ColumnNumbering() {
    }

    static boolean is(List<String> cells) {
        List<Integer> numbers = new ArrayList<>();
        for (String cell : cells) {
            if (cell.isEmpty()) {
                continue;
            }
            Matcher m = CELL.matcher(cell);
            if (!m.matches()) {
                return false;
            }
            if (Character.isDigit(m.group(1).charAt(0))) {
                numbers.add(Integer.parseInt(m.group(1)));
            }
        }
        if (numbers.size() < 2) {
            return false;
        }
        for (int i = 1; i < numbers.size(); i++) {
            if (numbers.get(i) != numbers.get(i - 1) + 1) {
                return false;
            }
        }
        return true;
    }
}
