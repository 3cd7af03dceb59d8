package vn.kehoach.extract;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kehoach.model.CellType;
import vn.kehoach.normalize.VietnameseText;

/**
 * The one place where numbers printed in Vietnamese documents are read; table extraction and validation
 * both use it. Rules, in the order they are tried on the digits:
 * <ul>
 * <li>dots between groups of exactly three digits are thousands separators and a comma is the decimal
 *     separator: "1.112" = 1112, "8.099" = 8099, "1.234.567,5" = 1234567.5. A lone "d.ddd" is marked
 *     ambiguous, since an English-style source would mean a decimal;</li>
 * <li>English grouping is accepted only when it cannot be Vietnamese: two comma groups or more, or a
 *     comma group followed by a dot decimal ("1,234,567", "1,234.5");</li>
 * <li>a single comma is a decimal separator: "87,97" = 87.97 ("1,234" too, marked ambiguous);</li>
 * <li>a dot followed by anything but exactly three digits is a decimal point: "87.97" = 87.97. OCR dumps
 *     and English-model OCR print decimal commas as dots; a 2-digit tail is never a thousands group.</li>
 * </ul>
 * A trailing "%" (with or without a space) makes a percent; a trailing money unit ("đồng", "nghìn đồng",
 * "triệu đồng", "tỷ đồng", "triệu", "tỷ", "trđ", "VNĐ") makes money, the value staying in that unit. Enclosing
 * parentheses are dropped, not read as a negative: plans print "(0,31%)" as an aside. "-", "–" and "—"
 * alone mean "no value". The printed number of decimals is kept.
 */
public final class VietnameseNumbers {

    private static final Pattern VIETNAMESE_GROUPED = Pattern.compile("\\d{1,3}((?:\\.\\d{3})+)(?:,(\\d+))?");
    private static final Pattern ENGLISH_GROUPED = Pattern.compile("\\d{1,3}(?:(?:,\\d{3}){2,}(?:\\.(\\d+))?|,\\d{3}\\.(\\d+))");
    private static final Pattern COMMA_DECIMAL = Pattern.compile("\\d+,(\\d+)");
    private static final Pattern DOT_DECIMAL = Pattern.compile("\\d+\\.(\\d+)");
    private static final Pattern INTEGER = Pattern.compile("\\d+");
    private static final Pattern NO_VALUE = Pattern.compile("[-–—]+|\\.{2,}|…");

    /** Money units, longest first; matched on de-accented lower case so that any typing of the accents works. */
    private static final List<String[]> MONEY_UNITS = List.of(
        new String[] {"nghin dong", "nghìn đồng"}, new String[] {"ngan dong", "nghìn đồng"},
        new String[] {"trieu dong", "triệu đồng"}, new String[] {"ty dong", "tỷ đồng"},
        new String[] {"dong", "đồng"}, new String[] {"trieu", "triệu đồng"}, new String[] {"ty", "tỷ đồng"},
        new String[] {"vnd", "đồng"}, new String[] {"trd", "triệu đồng"});
    /** Units a header names, accented so that "Đông" (east, in place names) is not "đồng". */
    private static final Pattern HEADER_MONEY_UNIT = Pattern.compile(
        "(?<![\\p{L}])(nghìn đồng|ngàn đồng|triệu đồng|tỷ đồng|trđ|vnđ|đồng)(?![\\p{L}])");

    private VietnameseNumbers() {
    }

    /**
     * The money unit a header names ("Kinh phí (triệu đồng)", "ĐVT: đồng", "40 trđ/hộ"), normalised as
     * {@link ParsedNumber#unit()}, or null.
     */
    public static String moneyUnitIn(String header) {
        Matcher m = HEADER_MONEY_UNIT.matcher(VietnameseText.matchKey(header));
        if (!m.find()) {
            return null;
        }
        return switch (m.group(1)) {
            case "ngàn đồng" -> "nghìn đồng";
            case "trđ" -> "triệu đồng";
            case "vnđ" -> "đồng";
            default -> m.group(1);
        };
    }

    /** Whether the text stands for "no value": empty, a dash, dots. */
    public static boolean isNoValue(String raw) {
        String t = raw.strip();
        return t.isEmpty() || NO_VALUE.matcher(t).matches();
    }

    /** The number the whole text prints, or empty when the text is not exactly one number. */
    public static Optional<ParsedNumber> parse(String raw) {
        // Composed form, so that the de-accented text below is as long as the text it is cut from.
        String t = Normalizer.normalize(raw.strip(), Normalizer.Form.NFC);
        if (t.length() > 2 && t.startsWith("(") && t.endsWith(")")) {
            t = t.substring(1, t.length() - 1).strip();
        }
        String unit = null;
        String plain = VietnameseText.removeAccents(t).toLowerCase(Locale.ROOT);
        for (String[] u : MONEY_UNITS) {
            if (plain.endsWith(u[0]) && plain.length() > u[0].length()
                && !Character.isLetter(plain.charAt(plain.length() - u[0].length() - 1))) {
                unit = u[1];
                t = t.substring(0, t.length() - u[0].length()).strip();
                break;
            }
        }
        boolean percent = unit == null && t.endsWith("%");
        if (percent) {
            t = t.substring(0, t.length() - 1).strip();
        }
        boolean negative = t.startsWith("-") || t.startsWith("−");
        if (negative || t.startsWith("+")) {
            t = t.substring(1);
        }
        Optional<Digits> found = digits(t);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Digits d = found.get();
        CellType type = percent ? CellType.PERCENT : unit != null ? CellType.MONEY
            : d.decimals > 0 ? CellType.DECIMAL : CellType.INTEGER;
        return Optional.of(new ParsedNumber(negative ? d.value.negate() : d.value, d.decimals, type, unit, d.ambiguous));
    }

    private record Digits(BigDecimal value, int decimals, boolean ambiguous) {
    }

    private static Optional<Digits> digits(String t) {
        Matcher m = VIETNAMESE_GROUPED.matcher(t);
        if (m.matches()) {
            String fraction = m.group(2);
            boolean oneGroup = m.group(1).length() == 4;
            return Optional.of(new Digits(new BigDecimal(t.replace(".", "").replace(',', '.')),
                fraction == null ? 0 : fraction.length(), oneGroup && fraction == null));
        }
        m = ENGLISH_GROUPED.matcher(t);
        if (m.matches()) {
            String fraction = m.group(1) != null ? m.group(1) : m.group(2);
            return Optional.of(new Digits(new BigDecimal(t.replace(",", "")), fraction == null ? 0 : fraction.length(), false));
        }
        m = COMMA_DECIMAL.matcher(t);
        if (m.matches()) {
            boolean groupLike = m.group(1).length() == 3 && t.indexOf(',') <= 3;
            return Optional.of(new Digits(new BigDecimal(t.replace(',', '.')), m.group(1).length(), groupLike));
        }
        m = DOT_DECIMAL.matcher(t);
        if (m.matches()) {
            return Optional.of(new Digits(new BigDecimal(t), m.group(1).length(), false));
        }
        if (INTEGER.matcher(t).matches()) {
            return Optional.of(new Digits(new BigDecimal(t), 0, false));
        }
        return Optional.empty();
    }
}
