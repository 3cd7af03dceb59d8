package vn.kehoach.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The abbreviations of Vietnamese document numbering: document types (Decree 30/2020/NĐ-CP, Appendix
 * III, plus the legal document types of Law 80/2015/QH13) and the agencies that sign most plans and
 * their bases. Tokens of a symbol are matched against them with the letters OCR confuses (Đ read as P
 * or D, O as 0, I as 1 or l), so "NQ/PU" reads as "NQ/ĐU" without a rule for any one document.
 */
public final class DocumentCodes {

    /** Type abbreviation -> type name. */
    static final Map<String, String> TYPES = new LinkedHashMap<>();

    static {
        String[][] types = {
            {"NQ", "Nghị quyết"}, {"QĐ", "Quyết định"}, {"CT", "Chỉ thị"}, {"QC", "Quy chế"},
            {"QyĐ", "Quy định"}, {"TC", "Thông cáo"}, {"TB", "Thông báo"}, {"HD", "Hướng dẫn"},
            {"CTr", "Chương trình"}, {"KH", "Kế hoạch"}, {"PA", "Phương án"}, {"ĐA", "Đề án"},
            {"DA", "Dự án"}, {"BC", "Báo cáo"}, {"BB", "Biên bản"}, {"TTr", "Tờ trình"},
            {"HĐ", "Hợp đồng"}, {"CĐ", "Công điện"}, {"GM", "Giấy mời"}, {"KL", "Kết luận"},
            {"TT", "Thông tư"}, {"TTLT", "Thông tư liên tịch"}, {"NĐ", "Nghị định"},
        };
        for (String[] t : types) {
            TYPES.put(t[0], t[1]);
        }
    }

    /** Agency abbreviations as they appear after the type in a symbol. */
    static final List<String> AGENCIES = List.of(
        "UBND", "HĐND", "ĐU", "TU", "HU", "QU", "TW", "BCT", "BCH", "BBT", "TTg", "CP", "QH", "UBTVQH",
        "VPCP", "BYT", "BTC", "BGDĐT", "BLĐTBXH", "BKHĐT", "BNV", "BTP", "BCA", "BQP", "BHXH", "SYT", "STC",
        "SLĐTBXH", "SGDĐT", "SKHĐT", "SNV", "MTTQ", "UBMTTQ", "VP", "VX", "KT", "NC", "TH", "BCĐ", "ĐTN", "LĐLĐ",
        "BTV", "ĐĐBQH", "TANDTC", "VKSNDTC", "NHNN");

    /** Types cited by name whose symbols carry no type abbreviation ("công văn số 9758/UBND-VX", "Luật số 77/2015/QH13"). */
    private static final List<String> TYPES_WITHOUT_ABBREVIATION = List.of("Công văn", "Luật", "Pháp lệnh", "Hiến pháp");

    /** Type names, longest first so that "Thông tư liên tịch" wins over "Thông tư". */
    static final List<String> TYPE_NAMES_LONGEST_FIRST = Stream.concat(TYPES.values().stream(), TYPES_WITHOUT_ABBREVIATION.stream())
        .sorted((a, b) -> b.length() - a.length()).toList();

    private DocumentCodes() {
    }

    /**
     * The known abbreviation a printed token stands for: exact (ignoring diacritics and case) first,
     * then with OCR confusions, accepted only when one abbreviation fits; unknown tokens stay as printed.
     */
    static String canonicalToken(String printed) {
        String spaced = printed.replaceAll("\\s+", "");
        String term = spaced.replaceFirst("^.*?(\\d*)$", "$1");
        return canonicalLetters(spaced.substring(0, spaced.length() - term.length())) + term;
    }

    /** Whether a canonical token (a legislature's number aside) is a known type or agency. */
    static boolean isKnown(String canonical) {
        String letters = canonical.replaceFirst("\\d+$", "");
        return TYPES.containsKey(letters) || AGENCIES.contains(letters);
    }

    private static String canonicalLetters(String token) {
        List<String> known = new ArrayList<>(TYPES.keySet());
        known.addAll(AGENCIES);
        String plain = plainKey(token);
        Optional<String> exact = unique(known.stream().filter(k -> plainKey(k).equals(plain)).toList());
        if (exact.isPresent()) {
            return exact.get();
        }
        String confusable = confusableKey(token);
        return unique(known.stream().filter(k -> confusableKey(k).equals(confusable)).toList()).orElse(token);
    }

    /** The type name for an abbreviation, if the abbreviation is a type. */
    public static Optional<String> typeName(String abbreviation) {
        return Optional.ofNullable(TYPES.get(abbreviation));
    }

    private static Optional<String> unique(List<String> matches) {
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    private static String plainKey(String token) {
        return OcrText.fold(token).toUpperCase(Locale.ROOT);
    }

    private static String confusableKey(String token) {
        return plainKey(token).replace('P', 'D').replace('0', 'O').replace('1', 'I').replace('L', 'I');
    }
}
