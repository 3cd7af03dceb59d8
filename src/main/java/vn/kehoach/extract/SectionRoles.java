package vn.kehoach.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;
import vn.kehoach.model.SectionRole;

/**
 * A section's role from the words of its heading, in the order plans use them; a heading that names
 * none ("1. Công chức Tư pháp:", "2.1.1 Đối tượng" under tasks) takes its parent's role.
 */
final class SectionRoles {

    private record Rule(SectionRole role, List<String> phrases, Pattern cue) {
        Rule(SectionRole role, String... phrases) {
            this(role, List.of(phrases), OcrText.cuePattern(phrases));
        }
    }

    /** Checked in order: "Mục tiêu cụ thể" is targets before "mục tiêu" makes it objectives. */
    private static final List<Rule> RULES = List.of(
        new Rule(SectionRole.TARGETS, "chỉ tiêu", "mục tiêu cụ thể"),
        new Rule(SectionRole.OBJECTIVES, "mục tiêu", "mục đích", "yêu cầu"),
        new Rule(SectionRole.SUBJECTS_AND_SCOPE, "đối tượng", "phạm vi"),
        new Rule(SectionRole.TASKS, "nhiệm vụ", "nội dung", "hoạt động"),
        new Rule(SectionRole.SOLUTIONS, "giải pháp", "biện pháp"),
        new Rule(SectionRole.FUNDING, "kinh phí", "nguồn vốn", "nguồn lực tài chính", "dự toán"),
        new Rule(SectionRole.ORGANIZATION, "tổ chức thực hiện", "trách nhiệm", "phân công"),
        new Rule(SectionRole.REPORTING, "báo cáo", "chế độ thông tin"));

    private SectionRoles() {
    }

    static SectionRole of(String heading, SectionRole parent) {
        String key = OcrText.fold(heading);
        SectionRole role = RULES.stream().filter(rule -> rule.cue().matcher(key).find()).findFirst()
            .or(() -> RULES.stream().filter(rule -> rule.phrases().stream().anyMatch(p -> nearly(key, OcrText.fold(p)))).findFirst())
            .map(Rule::role).orElse(null);
        if (role == null) {
            return parent == null ? SectionRole.OTHER : parent;
        }
        // a specific objective under "Mục tiêu cụ thể" is one of its targets
        return role == SectionRole.OBJECTIVES && parent == SectionRole.TARGETS ? parent : role;
    }

    /**
     * Whether the heading's words hold the phrase with OCR damage ("KIUŨNH PHÍ" for "KINH PHÍ"): each word
     * one letter off, or the phrase's word with letters inserted; two letters in all, and one word exact,
     * so that "kinh tế" is no "kinh phí" and "giúp pháp" no "giải pháp".
     */
    private static boolean nearly(String heading, String phrase) {
        String[] words = heading.split("[^\\p{L}\\d]+");
        String[] cue = phrase.split(" ");
        for (int start = 0; start + cue.length <= words.length; start++) {
            int total = 0;
            boolean exact = false;
            boolean fits = true;
            for (int i = 0; i < cue.length && fits; i++) {
                String word = words[start + i];
                int distance = LevenshteinDistance.getDefaultInstance().apply(word, cue[i]);
                fits = distance <= 1 || isSubsequence(cue[i], word);
                total += distance;
                exact |= distance == 0;
            }
            if (fits && exact && total <= 2) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSubsequence(String part, String whole) {
        int i = 0;
        for (int j = 0; j < whole.length() && i < part.length(); j++) {
            i += whole.charAt(j) == part.charAt(i) ? 1 : 0;
        }
        return i == part.length();
    }
}
