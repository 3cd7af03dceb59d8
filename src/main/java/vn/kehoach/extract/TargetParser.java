package vn.kehoach.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kehoach.model.PlanContent.Baseline;
import vn.kehoach.model.PlanContent.Quantity;
import vn.kehoach.model.PlanContent.Target;
import vn.kehoach.model.SourceSpan;

/**
 * Quantitative targets in plan sentences, matched on {@link OcrText#fold}ed text so OCR spellings read:
 * a change "giảm tỷ lệ hộ nghèo từ 8 hộ bằng (0,31%) xuống còn 05 hộ (giảm 0,19%)", or an attainment
 * "tỷ lệ người dân tham gia BHYT đạt 95%", "phấn đấu 100% hộ nghèo có nhà ở". A status sentence before
 * it ("Tính đến ngày 06/02/2023 ... chiếm tỷ lệ 87,97%") gives an attainment its baseline and date.
 */
final class TargetParser {

    private static final String NUM = "\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:[.,]\\d{1,2})?";
    private static final String UNIT = "%|[\\p{L}&$¢]{1,8}(?![\\p{L}])";
    /** Words between the verb and the value that bound it: "đạt tối thiểu 90%", "đạt khoảng 20%". */
    private static final String QUALIFIERS = String.join("|", List.of("tối thiểu", "ít nhất", "khoảng", "trên", "từ",
        "không dưới", "bình quân").stream().map(OcrText::cue).toList());
    private static final Pattern CHANGE = Pattern.compile(
        "(?<verb>" + OcrText.cue("giảm") + "|" + OcrText.cue("tăng") + ")\\s+(?<indicator>[^;:]{3,80}?)\\s*" + OcrText.cue("từ")
            + "\\s*(?<base>" + NUM + ")\\s*(?<baseUnit>" + UNIT + ")?\\s*(?:" + OcrText.cue("bằng") + ")?\\s*\\(?\\s*(?:(?<baseEq>" + NUM
            + ")\\s*%)?\\s*\\)?[^;]{0,30}?(?:" + OcrText.cue("xuống còn") + "|" + OcrText.cue("lên") + ")\\s*(?<value>" + NUM
            + ")\\s*(?<unit>" + UNIT + ")?(?:\\s*\\(\\s*(?<changeVerb>" + OcrText.cue("giảm") + "|" + OcrText.cue("tăng") + ")?\\s*(?<change>"
            + NUM + ")\\s*%\\s*\\))?");
    /**
     * The verbs of an attainment; a sentence or list item that opens with a share ("- 100% hộ nghèo được
     * tiếp cận ...") states one without a verb. After "phấn đấu", "đảm bảo" or no verb, the indicator follows the value.
     */
    private static final Pattern REACH = Pattern.compile(
        "(?<verb>" + OcrText.cue("phấn đấu") + "(?:\\s*" + OcrText.cue("đạt") + ")?|" + OcrText.cue("đạt") + "|" + OcrText.cue("đảm bảo")
            + "|" + OcrText.cue("bảo đảm") + "|^\\s*[-–•+*]?(?=\\s*(?:" + NUM + ")\\s*%))(?:\\s*"
            + OcrText.cue("tỷ lệ") + ")?\\s*(?:(?:" + QUALIFIERS + ")\\s*)?(?<value>" + NUM + ")\\s*(?<unit>" + UNIT + ")");
    private static final Pattern REACH_FORWARD = Pattern.compile("ph|[dp]am|bao|\\s*[-–•+*]?\\s*$");
    private static final Pattern INDICATOR_START = Pattern.compile(OcrText.cue("tỷ lệ") + "|" + OcrText.cue("tổng số") + "|" + OcrText.cue("số"));
    private static final Pattern STATED_AS = Pattern.compile("(?:" + OcrText.cue("là") + "|" + OcrText.cue("chiếm") + ")\\s*(?<value>" + NUM + ")\\s*(?<unit>" + UNIT + ")");
    private static final Pattern STATUS_CUE = Pattern.compile(OcrText.cue("tính đến") + "|" + OcrText.cue("hiện nay") + "|" + OcrText.cue("cuối năm"));
    private static final Pattern SHARE = Pattern.compile(OcrText.cue("chiếm") + "\\s*(?:" + OcrText.cue("tỷ lệ") + ")?\\s*(?<value>" + NUM + ")\\s*%|=\\s*(?<eq>" + NUM + ")\\s*%");
    private static final Pattern DEADLINE_CUE = Pattern.compile("(?<!" + OcrText.cue("tính") + "\\s{1,3})(?:" + OcrText.cue("đến") + "|"
        + OcrText.cue("trước") + "|" + OcrText.cue("trong") + "|" + OcrText.cue("vào") + ")\\s*(?:" + OcrText.cue("cuối") + "\\s*)?");
    private static final Pattern SCOPE = Pattern.compile("(?:" + OcrText.cue("toàn") + "|" + OcrText.cue("trên địa bàn") + ")\\s+[\\p{L}\\s]{2,30}?(?=\\s*[,.;)]|$)");
    private static final Pattern PUNCTUATION = Pattern.compile("[,;.(]");
    private static final Pattern SENTENCE_END = Pattern.compile(";|\\.(?=\\s)|\\.$|:(?=\\s)");

    /** A change names baseline and value together; an attainment's indicator is guessed from nearby words. */
    private static final double CHANGE_CONFIDENCE = 0.8;
    private static final double REACH_CONFIDENCE = 0.7;
    /** Words before the verb taken as the indicator when no "tỷ lệ"/"số" opens it. */
    private static final int INDICATOR_WORDS = 8;

    private TargetParser() {
    }

    /** The targets of one passage (or heading), its sentences in order. */
    static List<Target> parse(String text, SourceSpan span) {
        String folded = OcrText.fold(text);
        List<Target> targets = new ArrayList<>();
        Baseline pending = null;
        int start = 0;
        Matcher end = SENTENCE_END.matcher(text);
        while (start < text.length()) {
            int stop = end.find(start) ? end.end() : text.length();
            List<Target> found = sentence(text, folded, start, stop, pending, span);
            if (found.isEmpty()) {
                pending = status(text, folded, start, stop).orElse(pending);
            }
            targets.addAll(found);
            start = stop;
        }
        return targets;
    }

    private static List<Target> sentence(String text, String folded, int from, int to, Baseline pending, SourceSpan span) {
        List<Target> targets = new ArrayList<>();
        String sentence = text.substring(from, to).strip();
        Deadline deadline = deadline(text, folded, from, to);
        String scope = scope(text, folded, from, to);
        Matcher change = CHANGE.matcher(folded).region(from, to);
        while (change.find()) {
            String baseDate = pending == null ? null : pending.date();
            Baseline baseline = new Baseline(Quantities.decimal(change.group("base")), printed(text, change, "baseUnit"),
                change.group("baseEq") == null ? null : new Quantity(Quantities.decimal(change.group("baseEq")), "%"), baseDate);
            Quantity delta = change.group("change") == null ? null : new Quantity(
                (isDecrease(change.group("changeVerb") == null ? change.group("verb") : change.group("changeVerb")) ? "-" : "")
                    + Quantities.decimal(change.group("change")), "%");
            String indicator = text.substring(change.start("verb"), change.end("indicator")).strip();
            targets.add(new Target(indicator, Quantities.decimal(change.group("value")), printed(text, change, "unit"), null, delta,
                baseline, deadline.printed, deadline.iso, scope, sentence, span, CHANGE_CONFIDENCE));
        }
        if (!targets.isEmpty()) {
            return targets;
        }
        Matcher reach = REACH.matcher(folded).region(from, to);
        while (reach.find()) {
            int clause = clauseStart(folded, from, reach.start());
            Matcher stated = STATED_AS.matcher(folded).region(clause, reach.start());
            Quantity equivalent = null;
            int indicatorEnd = reach.start();
            if (stated.find()) {
                equivalent = new Quantity(Quantities.decimal(stated.group("value")), printed(text, stated, "unit"));
                indicatorEnd = stated.start();
            }
            String indicator = indicator(text, folded, clause, indicatorEnd, reach);
            targets.add(new Target(indicator, Quantities.decimal(reach.group("value")), printed(text, reach, "unit"), equivalent,
                null, pending, deadline.printed, deadline.iso, scope, sentence, span, REACH_CONFIDENCE));
        }
        return targets;
    }

    /**
     * What is measured: from "tỷ lệ"/"tổng số"/"số" before the verb; after the value for "phấn đấu 100%
     * hộ nghèo ..."; else the last words before the verb.
     */
    private static String indicator(String text, String folded, int from, int end, Matcher reach) {
        Matcher start = INDICATOR_START.matcher(folded).region(from, end);
        if (start.find()) {
            return text.substring(start.start(), end).strip();
        }
        if (!REACH_FORWARD.matcher(reach.group("verb")).lookingAt()) {
            String[] before = text.substring(from, end).strip().split("\\s+");
            return String.join(" ", Arrays.copyOfRange(before, Math.max(0, before.length - INDICATOR_WORDS), before.length));
        }
        int limit = Math.min(folded.length(), reach.end() + 80);
        Matcher stop = PUNCTUATION.matcher(folded).region(reach.end(), limit);
        int after = stop.find() ? stop.start() : limit;
        Matcher deadline = deadlineIn(folded, reach.end(), after);
        after = deadline == null ? after : deadline.start();
        String following = text.substring(reach.end(), after).strip();
        return following.isEmpty() ? text.substring(from, end).strip() : following;
    }

    /** Where the clause holding the verb opens: a status aside in brackets or before a comma is not the target. */
    private static int clauseStart(String folded, int from, int verb) {
        int start = from;
        for (int i = verb - 1; i >= from; i--) {
            if (",;()".indexOf(folded.charAt(i)) >= 0) {
                start = i + 1;
                break;
            }
        }
        return start;
    }

    /** A sentence stating where things stand: its share (or value) and date, for the targets after it. */
    private static Optional<Baseline> status(String text, String folded, int from, int to) {
        Matcher cue = STATUS_CUE.matcher(folded).region(from, to);
        if (!cue.find()) {
            return Optional.empty();
        }
        Optional<VietnameseDates.Found> date = VietnameseDates.find(folded, cue.start(), to);
        Matcher share = SHARE.matcher(folded).region(from, to);
        Matcher stated = STATED_AS.matcher(folded).region(from, to);
        if (share.find()) {
            String value = share.group("value") != null ? share.group("value") : share.group("eq");
            Quantity count = stated.find() && !stated.group("unit").equals("%")
                ? new Quantity(Quantities.decimal(stated.group("value")), printed(text, stated, "unit")) : null;
            return Optional.of(new Baseline(Quantities.decimal(value), "%", count, date.map(VietnameseDates.Found::iso).orElse(null)));
        }
        return stated.find() ? Optional.of(new Baseline(Quantities.decimal(stated.group("value")), printed(text, stated, "unit"), null,
            date.map(VietnameseDates.Found::iso).orElse(null))) : Optional.empty();
    }

    private record Deadline(String printed, String iso) {
    }

    private static Deadline deadline(String text, String folded, int from, int to) {
        Matcher cue = deadlineIn(folded, from, to);
        if (cue == null) {
            return new Deadline(null, null);
        }
        VietnameseDates.Found date = VietnameseDates.find(folded, cue.end(), to).orElseThrow();
        return new Deadline(text.substring(cue.start(), date.end()).strip(), date.iso());
    }

    /** The first deadline cue followed by a date ("đến tháng 11 năm 2023"), or null: a cue alone ("vào" read in "vụ") is none. */
    private static Matcher deadlineIn(String folded, int from, int to) {
        Matcher cue = DEADLINE_CUE.matcher(folded).region(from, to);
        while (cue.find()) {
            if (VietnameseDates.find(folded, cue.end(), to).filter(d -> d.start() == cue.end()).isPresent()) {
                return cue;
            }
        }
        return null;
    }

    private static String scope(String text, String folded, int from, int to) {
        Matcher m = SCOPE.matcher(folded).region(from, to);
        return m.find() ? text.substring(m.start(), m.end()).strip() : null;
    }

    private static boolean isDecrease(String foldedVerb) {
        return foldedVerb.startsWith("g");
    }

    private static String printed(String text, Matcher m, String group) {
        return m.group(group) == null ? null : text.substring(m.start(group), m.end(group));
    }
}
