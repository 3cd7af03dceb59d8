package vn.kehoach.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kehoach.model.Extracted;
import vn.kehoach.model.Line;
import vn.kehoach.model.Provenance;
import vn.kehoach.model.SourceSpan;

/**
 * Reads the header above the type name, line by line: national motto, issuing body (and the body above
 * it), number and symbol, place and date. Two-column headers often arrive as single lines ("UBND TỈNH
 * X   CỘNG HÒA ..."), so each line is cut at the motto, the number and the date.
 */
final class HeaderParser {

    private static final Pattern MOTTO = Pattern.compile(
        OcrText.cue("cộng hòa xã hội chủ nghĩa việt nam") + "|" + OcrText.cue("độc lập") + "[\\s\\-–]*" + OcrText.cue("tự do")
            + "|" + OcrText.cue("tự do") + "[\\s\\-–]*" + OcrText.cue("hạnh phúc"));
    /** "Số:", also after the type name as gazettes print it ("Nghị quyết số: 78/2025/UBTVQH15"). */
    private static final Pattern NUMBER_CUE = Pattern.compile("^\\W*(?:(?:" + String.join("|",
        DocumentCodes.TYPE_NAMES_LONGEST_FIRST.stream().map(OcrText::cue).toList()) + ")\\s*)?" + OcrText.cue("số") + "\\s*[:.]?");
    private static final Pattern RULE_LINE = Pattern.compile("^[\\s\\-_=.–—*]*$");
    private static final Pattern WORD = Pattern.compile("\\S+");
    /** Agency types that sit under a parent body in a two-line issuer ("UBND TỈNH ..." over "SỞ Y TẾ"). */
    private static final Pattern SUBORDINATE = Pattern.compile("^(?:" + String.join("|",
        OcrText.cue("sở"), OcrText.cue("phòng"), OcrText.cue("ban"), OcrText.cue("trung tâm"), OcrText.cue("chi cục"),
        OcrText.cue("cục"), OcrText.cue("văn phòng"), OcrText.cue("trường"), OcrText.cue("bệnh viện"),
        OcrText.cue("đảng ủy"), OcrText.cue("ủy ban nhân dân"), "ubnd", OcrText.cue("hội đồng"), "hdnd") + ")");

    /** What the header holds; absent parts are {@link Extracted#missing()}. */
    record Header(Extracted<String> motto, Extracted<String> issuer, Extracted<String> parentIssuer,
                  Extracted<String> number, Extracted<String> symbol, Extracted<String> place,
                  Extracted<String> issueDate) {
    }

    /** The issuer part of a header line. */
    private record IssuerLine(Line line, String text) {
    }

    private HeaderParser() {
    }

    static Header parse(List<TextUnit> header) {
        List<Line> lines = new ArrayList<>();
        header.forEach(u -> lines.addAll(u.lines()));
        Extracted<String> motto = Extracted.missing();
        Extracted<String> number = Extracted.missing();
        Extracted<String> symbol = Extracted.missing();
        Extracted<String> place = Extracted.missing();
        Extracted<String> date = Extracted.missing();
        List<IssuerLine> issuerLines = new ArrayList<>();
        int anchor = anchorIndex(lines);
        int index = -1;
        for (Line line : lines) {
            index++;
            String text = line.text().replace("**", "");
            String folded = OcrText.fold(text);
            SourceSpan span = SourceSpan.of(List.of(line));
            double trust = line.provenance().confidence();
            int cut = text.length();
            Matcher mottoMatch = MOTTO.matcher(folded);
            if (mottoMatch.find()) {
                cut = mottoMatch.start();
                // both motto lines found: full confidence; one of them: still the component, less sure
                motto = motto.isPresent()
                    ? Extracted.found(motto.value() + " / " + text.substring(cut).strip(), motto.span().union(span), trust)
                    : Extracted.found(text.substring(cut).strip(), span, 0.7 * trust);
            }
            Optional<DocumentReferences.Reference> reference = number.isPresent() ? Optional.empty() : ownNumber(text, folded);
            int afterNumber = 0;
            if (reference.isPresent()) {
                DocumentReferences.Reference r = reference.get();
                double sure = (r.repaired() ? 0.75 : 0.95) * trust;
                number = Extracted.found(r.number(), span, sure);
                symbol = Extracted.found(r.symbol(), span, sure);
                Matcher numberCue = NUMBER_CUE.matcher(folded);
                cut = Math.min(cut, numberCue.find() ? numberCue.start() : r.start());
                afterNumber = r.end();
            }
            // a date above the motto and number (a gazette's running head) is not the issue date
            Optional<VietnameseDates.Found> found = VietnameseDates.findFullDate(folded, afterNumber);
            if (found.isPresent() && !date.isPresent() && index >= Math.max(anchor, 0)) {
                date = Extracted.found(found.get().iso(), span, 0.95 * trust);
                int placeStart = afterNumber > 0 ? afterNumber : capitalsEnd(text, found.get().start());
                String placeText = text.substring(placeStart, found.get().start()).replaceAll("^[\\s,:]+|[\\s,]+$", "");
                if (!placeText.isEmpty()) {
                    place = Extracted.found(placeText, span, 0.9 * trust);
                }
                if (afterNumber == 0) {
                    cut = Math.min(cut, placeStart);
                }
            }
            // Decree 30 sets the issuer in capitals: the capitals that open what is left of the line
            String left = text.substring(0, capitalsEnd(text, cut)).strip().replaceAll("[\\s\\-_–]+$", "");
            if (!left.isEmpty() && !RULE_LINE.matcher(left).matches() && !number.isPresent()) {
                issuerLines.add(new IssuerLine(line, left));
            }
        }
        List<IssuerLine> near = anchor < 0 ? issuerLines : nearAnchor(issuerLines, lines.get(anchor));
        return issuer(near.stream().map(IssuerLine::text).toList(), near.stream().map(IssuerLine::line).toList(), new Header(motto, Extracted.missing(), Extracted.missing(),
            number, symbol, place, date));
    }

    /** The first line with the motto or the document's number: where the header proper starts (-1 if none). */
    private static int anchorIndex(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text();
            String folded = OcrText.fold(text);
            if (MOTTO.matcher(folded).find() || ownNumber(text, folded).isPresent()) {
                return i;
            }
        }
        return -1;
    }

    /** The document's own number opens its line, after "Số:" or alone; later numbers on a line are citations. */
    private static Optional<DocumentReferences.Reference> ownNumber(String text, String folded) {
        boolean cued = NUMBER_CUE.matcher(folded).find();
        return DocumentReferences.findAll(text).stream().findFirst().filter(r -> cued || r.start() < 3);
    }

    /**
     * The issuer lines that belong to the header: those from the anchor (the first motto or number line)
     * on and those right above it with no gap; failing those, the nearest block of lines above it (a
     * header laid out vertically, the issuer over "Số:"). Text further up is not the header: a web
     * page's navigation, a running head, a stamp.
     */
    private static List<IssuerLine> nearAnchor(List<IssuerLine> candidates, Line anchor) {
        List<IssuerLine> near = new ArrayList<>();
        int above = -1;
        for (int i = candidates.size() - 1; i >= 0; i--) {
            Provenance at = candidates.get(i).line().provenance();
            boolean fromAnchor = compare(at, anchor.provenance()) >= 0;
            boolean adjacent = above < 0
                ? at.page() == anchor.provenance().page() && at.line() == anchor.provenance().line() - 1
                : at.line() == above;
            if (!fromAnchor && !adjacent && !(near.isEmpty() && above < 0)) {
                break;
            }
            near.add(0, candidates.get(i));
            above = fromAnchor ? -1 : at.line() - 1;
        }
        return near;
    }

    private static int compare(Provenance a, Provenance b) {
        return a.page() != b.page() ? Integer.compare(a.page(), b.page()) : Integer.compare(a.line(), b.line());
    }

    /**
     * Where a leading run of words in capitals ends before {@code end} (signs between them do not
     * break it, digits do): in "SỞ Y TẾ Thanh Hóa, ngày ..." (two header columns read as one line) the
     * issuer is in capitals and the place is not.
     */
    private static int capitalsEnd(String text, int end) {
        Matcher word = WORD.matcher(text).region(0, end);
        int capitalsEnd = 0;
        while (word.find()) {
            String w = word.group().replaceAll("[^\\p{L}\\d]", "");
            if (w.isEmpty()) {
                continue;
            }
            if (!w.equals(w.toUpperCase(Locale.ROOT)) || w.chars().anyMatch(Character::isDigit)) {
                break;
            }
            capitalsEnd = word.end();
        }
        return capitalsEnd;
    }

    /** One issuer line is the issuer; over two or more, a subordinate agency on the last line has a parent above. */
    private static Header issuer(List<String> texts, List<Line> lines, Header h) {
        if (texts.isEmpty()) {
            return h;
        }
        int last = texts.size() - 1;
        double trust = lines.stream().mapToDouble(l -> l.provenance().confidence()).average().orElse(1);
        Extracted<String> issuer;
        Extracted<String> parent = Extracted.missing();
        if (last > 0 && SUBORDINATE.matcher(OcrText.fold(texts.get(last))).find()) {
            issuer = Extracted.found(NameCase.of(texts.get(last)), SourceSpan.of(lines.subList(last, last + 1)), 0.85 * trust);
            parent = Extracted.found(NameCase.of(String.join(" ", texts.subList(0, last))),
                SourceSpan.of(lines.subList(0, last)), 0.85 * trust);
        } else {
            issuer = Extracted.found(NameCase.of(String.join(" ", texts)), SourceSpan.of(lines), 0.8 * trust);
        }
        return new Header(h.motto(), issuer, parent, h.number(), h.symbol(), h.place(), h.issueDate());
    }
}
