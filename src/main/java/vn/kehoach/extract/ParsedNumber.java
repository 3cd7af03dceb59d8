package vn.kehoach.extract;

import java.math.BigDecimal;
import vn.kehoach.model.CellType;

/**
 * A number as read from Vietnamese text. {@code decimals} is the printed precision (digits after the
 * decimal separator), from which validation derives its rounding tolerance; {@code unit} is the money
 * unit as normalised ("đồng", "triệu đồng", "tỷ đồng" ...) or null; {@code ambiguous} is set when the
 * separator could be read the other way ("1.112": Vietnamese thousands, or an English decimal).
 */
public record ParsedNumber(BigDecimal value, int decimals, CellType type, String unit, boolean ambiguous) {

    public ParsedNumber {
        if (!type.isNumeric()) {
            throw new IllegalArgumentException("not a numeric type: " + type);
        }
    }
}
