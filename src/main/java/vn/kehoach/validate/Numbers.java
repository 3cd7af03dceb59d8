package vn.kehoach.validate;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as messages print them: Vietnamese style ("8.099", "87,97") and plain for English. */
final class Numbers {

    private Numbers() {
    }

    static String vi(BigDecimal value) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        DecimalFormat format = new DecimalFormat("#,##0.##########", symbols);
        return format.format(value);
    }

    static String en(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
