package vn.kehoach.extract;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as Vietnamese text prints them: "," is the decimal mark, "." groups thousands ("8.148",
 * "87,97"), leading zeros pad ("05"). A dot before one or two digits is read as a decimal mark, as
 * OCR and careless typing often write it.
 */
final class Quantities {

    /** A number and what follows it: "%", or one word as its unit ("8 hộ", "7.544 người"). */
    static final Pattern QUANTITY = Pattern.compile(
        "(?<![\\d.,])(?<number>\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:[.,]\\d{1,2})?)(?![\\d])\\s*(?<unit>%|[\\p{L}&$¢]{1,8}(?![\\p{L}]))?");

    private Quantities() {
    }

    /** The decimal value of a printed number ("8.148" -> "8148", "0,31" -> "0.31", "05" -> "5"). */
    static String decimal(String printed) {
        String plain;
        if (printed.matches("\\d{1,3}(\\.\\d{3})+(,\\d+)?")) {
            plain = printed.replace(".", "").replace(',', '.');
        } else {
            plain = printed.replace(',', '.');
        }
        return new BigDecimal(plain).stripTrailingZeros().toPlainString();
    }

    /** The first quantity in {@code text} from {@code from} to {@code to}. */
    static Optional<Matcher> find(String text, int from, int to) {
        Matcher m = QUANTITY.matcher(text).region(from, to);
        return m.find() ? Optional.of(m) : Optional.empty();
    }
}
