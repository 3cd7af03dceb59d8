package vn.kehoach.extract;

import java.math.BigDecimal;

/**
 * Numbers as Vietnamese text prints them: "," is the decimal mark, "." groups thousands ("8.148",
 * "87,97"), leading zeros pad ("05"). A dot before one or two digits is read as a decimal mark, as
 * OCR and careless typing often write it.
 */
final class Quantities {

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
}
