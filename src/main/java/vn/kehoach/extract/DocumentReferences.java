package vn.kehoach.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Number-and-symbol references ("25/KH-UBND", "15-NQ/ĐU", "9758/UBND-VX", "30/2020/NĐ-CP") in printed text, tolerant
 * of OCR: "[" or "|" for "/", spaces around separators, confusable letters in known abbreviations.
 */
final class DocumentReferences {

    /** An abbreviation, with the legislature's number where a National Assembly body signs ("QH13", "UBTVQH15"). */
    private static final String TOKEN = "[A-ZĐ][A-Za-zĐđ&]{0,9}\\d{0,2}";
    private static final Pattern REFERENCE = Pattern.compile(
        "(?<![\\d/])(?<number>\\d{1,6})\\s*(?<sep>[/\\[|\\]-])\\s*(?:(?<year>(?:19|20)\\d\\d)\\s*/\\s*)?(?<tokens>" + TOKEN + "(?:\\s*[-/]\\s*" + TOKEN + "){0,2})(?![\\p{L}\\d])");
    private static final Pattern TOKEN_SPLIT = Pattern.compile("\\s*([-/])\\s*");

    private DocumentReferences() {
    }

    /**
     * A reference: {@code number} ("25"), {@code symbol} ("KH-UBND", tokens in their known spelling;
     * with its year for legal documents: "2020/NĐ-CP"),
     * the type abbreviation when the symbol names one, and whether a token had to be repaired.
     */
    record Reference(int start, int end, String number, String separator, String symbol, String typeAbbreviation,
                     boolean repaired) {

        /** Number and symbol as cited: "25/KH-UBND", "15-NQ/ĐU". */
        String cited() {
            return number + separator + symbol;
        }
    }

    /** Every reference in {@code text} with at least one known abbreviation in its symbol. */
    static List<Reference> findAll(String text) {
        List<Reference> found = new ArrayList<>();
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            parse(m).ifPresent(found::add);
        }
        return found;
    }

    private static Optional<Reference> parse(Matcher m) {
        String separator = m.group("sep").equals("-") ? "-" : "/";
        Matcher split = TOKEN_SPLIT.matcher(m.group("tokens"));
        StringBuilder symbol = new StringBuilder();
        String firstToken = null;
        boolean known = false;
        boolean repaired = false;
        int last = 0;
        while (true) {
            boolean more = split.find();
            String printed = m.group("tokens").substring(last, more ? split.start() : m.group("tokens").length());
            String canonical = DocumentCodes.canonicalToken(printed);
            known |= DocumentCodes.isKnown(canonical);
            repaired |= !canonical.equals(printed.replaceAll("\\s+", ""));
            firstToken = firstToken == null ? canonical : firstToken;
            symbol.append(canonical);
            if (!more) {
                break;
            }
            symbol.append(split.group(1));
            last = split.end();
        }
        if (!known) {
            return Optional.empty();
        }
        String type = DocumentCodes.TYPES.containsKey(firstToken) ? firstToken : null;
        String year = m.group("year") == null ? "" : m.group("year") + "/";
        return Optional.of(new Reference(m.start(), m.end(), m.group("number"), separator, year + symbol, type,
            repaired || !m.group("sep").equals(separator)));
    }
}
