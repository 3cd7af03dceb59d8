package vn.kehoach.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kehoach.model.PlanContent.Actor;
import vn.kehoach.model.PlanContent.Responsibility;
import vn.kehoach.model.Section;
import vn.kehoach.model.Section.Passage;
import vn.kehoach.model.SourceSpan;

/**
 * The assignments of an organization section. A child section names its actor in the heading
 * ("1. Công chức Tư pháp - Hộ tịch:") and its duties in the body; a numbered sentence names the actor
 * as its subject ("2. Giao Đoàn Thanh niên chủ trì, phối hợp với Công đoàn ngành xây dựng ...").
 * Whoever "chủ trì" or is assigned leads; whoever is named after "phối hợp (với)" supports.
 */
final class ResponsibilityParser {

    private static final Pattern ASSIGN = Pattern.compile("^(?:" + OcrText.cue("giao") + "|" + OcrText.cue("đề nghị") + "|"
        + OcrText.cue("yêu cầu") + ")\\s+");
    private static final Pattern LEAD = Pattern.compile(OcrText.cue("chủ trì"));
    private static final Pattern SUPPORT = Pattern.compile(OcrText.cue("phối hợp") + "(?:\\s+" + OcrText.cue("với") + ")?\\s+");
    /** Verbs that end an actor's name: what an actor does comes after it. */
    private static final Pattern ACTOR_END = Pattern.compile("[;:.(]|" + String.join("|", List.of(
        "chủ trì", "chủ động", "phối hợp", "có trách nhiệm", "chịu trách nhiệm", "thực hiện", "triển khai", "tham mưu",
        "xây dựng", "tổ chức", "chỉ đạo", "hướng dẫn", "theo dõi", "tăng cường", "kiểm tra", "giám sát", "báo cáo",
        "tổng hợp", "đề xuất", "căn cứ", "tuyên truyền", "hỗ trợ", "trong", "để", "nhằm").stream().map(OcrText::cue).toList()));
    private static final Pattern DEADLINE = Pattern.compile(OcrText.cue("trước") + "\\s*");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*,\\s*|\\s+(?:và|va)\\s+");
    private static final int ACTOR_WORDS = 10;

    private ResponsibilityParser() {
    }

    static List<Responsibility> parse(Section organization) {
        List<Responsibility> found = new ArrayList<>();
        List<Passage> passages = organization.passages();
        for (int i = 0; i < passages.size(); i++) {
            Passage p = passages.get(i);
            String number = isNumbered(p) ? p.marker() : lostNumber(passages, i);
            if (number != null) {
                String sentence = p.text().substring(p.marker().length()).strip();
                List<Actor> actors = new ArrayList<>();
                subject(sentence).ifPresent(actors::add);
                actors.addAll(supporters(sentence));
                found.add(new Responsibility(number, actors, List.of(sentence), deadline(sentence), p.span()));
            }
        }
        for (Section child : organization.children()) {
            List<Actor> actors = new ArrayList<>();
            actors.add(new Actor(child.heading(), "lead", null));
            List<String> duties = new ArrayList<>();
            String deadline = null;
            for (Passage p : child.passages()) {
                actors.addAll(supporters(p.text()));
                duties.add(p.text());
                deadline = deadline == null ? deadline(p.text()) : deadline;
            }
            found.add(new Responsibility(child.number(), actors, duties, deadline, child.span()));
        }
        found.sort((a, b) -> compare(a.span(), b.span()));
        return found;
    }

    private static boolean isNumbered(Passage p) {
        return p.marker() != null && Character.isDigit(p.marker().charAt(0));
    }

    /**
     * The number OCR read as a bullet ("- Giao Đoàn Thanh niên ..." between "1." and "3."): a bulleted
     * passage right after item n and right before item n + 2 is item n + 1; null for any other passage.
     */
    private static String lostNumber(List<Passage> passages, int i) {
        if (passages.get(i).marker() == null || isNumbered(passages.get(i)) || i == 0 || i + 1 >= passages.size()
            || !isNumbered(passages.get(i - 1)) || !isNumbered(passages.get(i + 1))) {
            return null;
        }
        String before = passages.get(i - 1).marker();
        String after = passages.get(i + 1).marker();
        if (!before.matches("\\d+\\.") || !after.matches("\\d+\\.")) {
            return null;
        }
        int n = Integer.parseInt(before.substring(0, before.length() - 1));
        return Integer.parseInt(after.substring(0, after.length() - 1)) == n + 2 ? (n + 1) + "." : null;
    }

    /** The subject of an assignment sentence, leading; "chủ trì" printed after it is kept as the cue. */
    private static Optional<Actor> subject(String sentence) {
        String folded = OcrText.fold(sentence);
        Matcher assign = ASSIGN.matcher(folded);
        int start = assign.find() ? assign.end() : 0;
        Matcher end = ACTOR_END.matcher(folded).region(start, folded.length());
        if (!end.find() || end.start() == start) {
            return Optional.empty();
        }
        String name = sentence.substring(start, end.start()).replaceAll("[\\s,]+$", "");
        if (name.isEmpty() || name.split("\\s+").length > ACTOR_WORDS) {
            return Optional.empty();
        }
        boolean presides = LEAD.matcher(folded).region(end.start(), folded.length()).lookingAt();
        return Optional.of(new Actor(name, "lead", presides ? sentence.substring(end.start(), end.end()) : null));
    }

    /** The actors after each "phối hợp (với)": a list ended by the verb of what they do together. */
    private static List<Actor> supporters(String text) {
        List<Actor> actors = new ArrayList<>();
        String folded = OcrText.fold(text);
        Matcher support = SUPPORT.matcher(folded);
        while (support.find()) {
            Matcher end = ACTOR_END.matcher(folded).region(support.end(), folded.length());
            int stop = end.find() ? end.start() : folded.length();
            String cue = text.substring(support.start(), support.end()).strip();
            for (String name : LIST_SEPARATOR.split(text.substring(support.end(), stop).strip())) {
                if (isActorName(name)) {
                    actors.add(new Actor(name.strip(), "support", cue));
                }
            }
        }
        return actors;
    }

    /** An organisation's name opens with a capital ("Công đoàn ngành", "UBND xã") or "các" ("các phòng, ban"). */
    private static boolean isActorName(String name) {
        String n = name.strip();
        return !n.isEmpty() && n.split("\\s+").length <= ACTOR_WORDS
            && (Character.isUpperCase(n.charAt(0)) || OcrText.fold(n).startsWith("cac "));
    }

    /** "trước tháng 6/2020", "trước ngày 30/6/2023": the deadline as printed. */
    private static String deadline(String text) {
        String folded = OcrText.fold(text);
        Matcher cue = DEADLINE.matcher(folded);
        while (cue.find()) {
            Optional<VietnameseDates.Found> date = VietnameseDates.find(folded, cue.end()).filter(d -> d.start() == cue.end());
            if (date.isPresent()) {
                return text.substring(cue.start(), date.get().end());
            }
        }
        return null;
    }

    private static int compare(SourceSpan a, SourceSpan b) {
        return a.page() != b.page() ? Integer.compare(a.page(), b.page()) : Integer.compare(a.line(), b.line());
    }
}
