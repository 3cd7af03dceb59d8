package vn.kehoach.extract;

import java.util.List;
import java.util.regex.Pattern;
import vn.kehoach.model.SectionRole;

/**
 * A section's role from the words of its heading, in the order plans use them; a heading that names
 * none ("1. Công chức Tư pháp:", "2.1.1 Đối tượng" under tasks) takes its parent's role.
 */
final class SectionRoles {

    private record Rule(SectionRole role, Pattern cue) {
    }

    /** Checked in order: "Mục tiêu cụ thể" is targets before "mục tiêu" makes it objectives. */
    private static final List<Rule> RULES = List.of(
        new Rule(SectionRole.TARGETS, OcrText.cuePattern("chỉ tiêu", "mục tiêu cụ thể")),
        new Rule(SectionRole.OBJECTIVES, OcrText.cuePattern("mục tiêu", "mục đích", "yêu cầu")),
        new Rule(SectionRole.SUBJECTS_AND_SCOPE, OcrText.cuePattern("đối tượng", "phạm vi")),
        new Rule(SectionRole.TASKS, OcrText.cuePattern("nhiệm vụ", "nội dung", "hoạt động")),
        new Rule(SectionRole.SOLUTIONS, OcrText.cuePattern("giải pháp", "biện pháp")),
        new Rule(SectionRole.FUNDING, OcrText.cuePattern("kinh phí", "nguồn vốn", "nguồn lực tài chính", "dự toán")),
        new Rule(SectionRole.ORGANIZATION, OcrText.cuePattern("tổ chức thực hiện", "trách nhiệm", "phân công")),
        new Rule(SectionRole.REPORTING, OcrText.cuePattern("báo cáo", "chế độ thông tin")));

    private SectionRoles() {
    }

    static SectionRole of(String heading, SectionRole parent) {
        String key = OcrText.fold(heading);
        for (Rule rule : RULES) {
            if (rule.cue().matcher(key).find()) {
                // a specific objective under "Mục tiêu cụ thể" is one of its targets
                return rule.role() == SectionRole.OBJECTIVES && parent == SectionRole.TARGETS ? parent : rule.role();
            }
        }
        return parent == null ? SectionRole.OTHER : parent;
    }
}
