package vn.kehoach.extract;

import java.util.List;
import java.util.Locale;

/**
 * Agency and place names printed in capitals, as headers print them, in the case running text uses:
 * "UBND TỈNH THANH HÓA" as "UBND tỉnh Thanh Hóa", "SỞ Y TẾ" as "Sở Y tế", "THI TRAN VINH LOC" as
 * "Thi tran Vinh Loc". Abbreviations stay in capitals; names in mixed case are left as printed.
 */
final class NameCase {

    /** Unit types: the words after them are a place name, each word capitalised. */
    private static final List<String> UNIT_TYPES = List.of(
        "thanh pho", "thi tran", "thi xa", "tinh", "huyen", "quan", "xa", "phuong");
    /** Agency types: the first word after them opens the agency's own name. */
    private static final List<String> AGENCY_TYPES = List.of(
        "uy ban nhan dan", "hoi dong nhan dan", "dang uy", "van phong", "trung tam", "chi cuc", "so", "bo", "phong",
        "ban", "cuc", "truong", "benh vien");

    private NameCase() {
    }

    static String of(String printed) {
        String name = printed.strip().replaceAll("\\s+", " ");
        if (!name.equals(name.toUpperCase(Locale.ROOT))) {
            return name;
        }
        String[] words = name.split(" ");
        StringBuilder out = new StringBuilder();
        boolean placeName = false;
        boolean openName = false;
        int i = 0;
        while (i < words.length) {
            int unitType = phraseAt(words, i, UNIT_TYPES);
            int agencyType = unitType > 0 ? 0 : phraseAt(words, i, AGENCY_TYPES);
            int take = Math.max(1, Math.max(unitType, agencyType));
            for (int k = i; k < i + take; k++) {
                String word = words[k];
                boolean capital = out.isEmpty() || (placeName && unitType == 0 && agencyType == 0)
                    || (openName && unitType == 0 && agencyType == 0);
                out.append(out.isEmpty() ? "" : " ").append(isAbbreviation(word) ? word : cased(word, capital));
            }
            openName = agencyType > 0;
            placeName = unitType > 0 || (placeName && agencyType == 0);
            i += take;
        }
        return out.toString();
    }

    /** How many words of one of the phrases start at {@code i}, 0 if none. */
    private static int phraseAt(String[] words, int i, List<String> phrases) {
        for (String phrase : phrases) {
            String[] parts = phrase.split(" ");
            if (i + parts.length <= words.length) {
                boolean all = true;
                for (int k = 0; k < parts.length && all; k++) {
                    all = OcrText.fold(words[i + k]).equals(parts[k]);
                }
                if (all) {
                    return parts.length;
                }
            }
        }
        return 0;
    }

    /** "UBND", "HĐND", "MTTQ": no vowel, or a known abbreviation of a symbol. */
    private static boolean isAbbreviation(String word) {
        return word.length() > 1 && (!OcrText.fold(word).matches(".*[aeiouy].*")
            || DocumentCodes.AGENCIES.contains(word));
    }

    private static String cased(String word, boolean capital) {
        String lower = word.toLowerCase(Locale.ROOT);
        return capital ? lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1) : lower;
    }
}
