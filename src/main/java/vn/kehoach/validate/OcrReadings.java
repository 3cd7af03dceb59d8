package vn.kehoach.validate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.kehoach.model.DataCell;

/**
 * The values a printed number could have had if OCR misread it once: one digit confused with a
 * look-alike (6/5/8/0/9, 1/7, 3/8), one digit dropped or doubled, a thousands dot read the wrong way
 * ("1.006" as 1,006, or "1,006" as 1.006) or a decimal separator lost ("8797" for 87,97, "031" for 0,31).
 */
final class OcrReadings {

    private static final List<String> LOOK_ALIKES = List.of("65809", "17", "38");

    private OcrReadings() {
    }

    static List<BigDecimal> of(DataCell cell) {
        BigDecimal value = cell.value();
        if (value == null) {
            return List.of();
        }
        int decimals = cell.decimals() == null ? Math.max(0, value.scale()) : cell.decimals();
        String digits = value.abs().movePointRight(decimals).setScale(0, RoundingMode.UNNECESSARY).toPlainString();
        Set<BigDecimal> readings = new LinkedHashSet<>();
        for (String variant : digitVariants(digits)) {
            BigDecimal v = new BigDecimal(variant).movePointLeft(decimals);
            readings.add(value.signum() < 0 ? v.negate() : v);
        }
        if (decimals == 0 && cell.raw().contains(".")) {
            readings.add(value.movePointLeft(3));
        }
        if (decimals == 3) {
            readings.add(value.movePointRight(3));
        }
        if (decimals == 0) {
            // A lost separator may have stood after a printed leading zero: "031" is 0,31.
            int printedDigits = Math.max(digits.length(), cell.raw().replaceAll("\\D", "").length());
            for (int k = 1; k < printedDigits; k++) {
                readings.add(value.movePointLeft(k));
            }
        }
        // A zero reading would make any sum "pass" by deleting the cell; OCR does not turn a number into nothing.
        readings.removeIf(r -> r.compareTo(value) == 0 || r.signum() == 0);
        return List.copyOf(readings);
    }

    private static Set<String> digitVariants(String digits) {
        Set<String> variants = new LinkedHashSet<>();
        for (int i = 0; i < digits.length(); i++) {
            char d = digits.charAt(i);
            for (String group : LOOK_ALIKES) {
                if (group.indexOf(d) >= 0) {
                    for (char other : group.toCharArray()) {
                        if (other != d) {
                            variants.add(digits.substring(0, i) + other + digits.substring(i + 1));
                        }
                    }
                }
            }
            if (digits.length() > 1) {
                variants.add(digits.substring(0, i) + digits.substring(i + 1));
            }
            variants.add(digits.substring(0, i + 1) + d + digits.substring(i + 1));
        }
        return variants;
    }
}
