package vn.kehoach.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kehoach.model.PlanContent.Amount;
import vn.kehoach.model.SourceSpan;

/** Sums of money: "500.000 đồng", "120 triệu đồng", "1,5 tỷ đồng", with their value in đồng. */
final class MoneyParser {

    private static final Pattern MONEY = Pattern.compile(
        "(?<![\\d.,])(?<number>\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?)\\s*(?<scale>" + OcrText.cue("tỷ") + "|"
            + OcrText.cue("triệu") + "|" + OcrText.cue("nghìn") + "|" + OcrText.cue("ngàn") + ")?\\s*" + OcrText.cue("đồng"));

    private MoneyParser() {
    }

    static List<Amount> parse(String text, SourceSpan span) {
        List<Amount> amounts = new ArrayList<>();
        Matcher m = MONEY.matcher(OcrText.fold(text));
        while (m.find()) {
            String value = Quantities.decimal(m.group("number"));
            String unit = text.substring(m.end("number"), m.end()).strip();
            long dong = new BigDecimal(value).multiply(scale(m.group("scale"))).longValue();
            amounts.add(new Amount(text.substring(m.start(), m.end()), value, unit, dong, span));
        }
        return amounts;
    }

    private static BigDecimal scale(String foldedScale) {
        if (foldedScale == null) {
            return BigDecimal.ONE;
        }
        return switch (foldedScale.charAt(0)) {
            case 't' -> foldedScale.startsWith("tr") ? BigDecimal.valueOf(1_000_000) : BigDecimal.valueOf(1_000_000_000);
            default -> BigDecimal.valueOf(1_000);
        };
    }
}
