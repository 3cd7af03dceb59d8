package vn.kehoach.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kehoach.model.DocumentInfo.Recipient;
import vn.kehoach.model.DocumentInfo.Signer;
import vn.kehoach.model.Line;
import vn.kehoach.model.SourceSpan;

/**
 * Reads the closing: the "Nơi nhận:" list (one recipient per bulleted line, the purpose code in
 * brackets: "(b/c)", "(t/h)") and the signature block (authority "TM."/"KT."/"TL."/"TUQ."/"Q." with
 * the title it signs for, the signer's position, the name).
 */
final class ClosingParser {

    private static final Pattern RECIPIENTS_CUE = Pattern.compile("^\\W*" + OcrText.cue("nơi nhận") + "\\s*:?");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-–•+*]\\s*");
    private static final Pattern PURPOSE = Pattern.compile("\\(\\s*(?:để\\s+)?([\\p{L}]{1,3}\\s*/\\s*[\\p{L}]{1,3})\\s*\\)");
    private static final Pattern AUTHORITY = Pattern.compile("^\\W*(?:tm|kt|tl|tuq|q)\\s*\\.\\s*\\p{L}");
    private static final Pattern AUTHORITY_INSIDE = Pattern.compile("\\S\\s+((?:TM|KT|TL|TUQ|Q)\\s*\\.\\s*\\p{Lu})");
    /** A recipient entry ends at ";" or "."; a position in capitals or a name after it is printed beside it. */
    private static final Pattern RECIPIENT_END = Pattern.compile(
        "[;.](?=\\s+(?:\\p{Lu}[\\p{Lu}\\s]+|\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}*){1,5})$)");
    /** A personal name: two to six capitalised words, nothing else. */
    private static final Pattern PERSON = Pattern.compile("^\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*){1,5}$");

    private ClosingParser() {
    }

    static List<Recipient> recipients(List<TextUnit> closing) {
        List<Recipient> recipients = new ArrayList<>();
        boolean inList = false;
        for (Line line : lines(closing)) {
            String text = clean(line.text());
            Matcher cue = RECIPIENTS_CUE.matcher(OcrText.fold(text));
            if (cue.find()) {
                inList = true;
                text = text.substring(cue.end()).strip();
                if (text.isEmpty()) {
                    continue;
                }
            }
            // every entry line after the cue: the signature block's lines may sit between them
            int entry = inList ? entryStart(text) : -1;
            if (entry >= 0) {
                recipients.add(recipient(text.substring(entry), line));
            }
        }
        return recipients;
    }

    /**
     * Where a recipient entry starts in a line of the list: after its bullet, or at the start of a line
     * that lost its bullet to OCR but carries a purpose code ("Các phòng, ban VP Sở (t/h);"); -1 for none.
     */
    private static int entryStart(String text) {
        Matcher bullet = BULLET.matcher(text);
        if (bullet.find()) {
            return bullet.end();
        }
        return PURPOSE.matcher(text).find() ? 0 : -1;
    }

    private static Recipient recipient(String entry, Line line) {
        // an entry ends at its first full stop: "Lưu: VT, KHTC. NMNgan" adds the drafter's initials after it
        String text = entry.replaceFirst("\\.\\s.*$", "").replaceAll("[\\s;,.]+$", "");
        Matcher purpose = PURPOSE.matcher(text);
        if (purpose.find()) {
            String name = text.substring(0, purpose.start()).replaceAll("[\\s;,]+$", "");
            return new Recipient(name, purpose.group(1).replaceAll("\\s+", "").toLowerCase(Locale.ROOT), SourceSpan.of(List.of(line)));
        }
        return new Recipient(text, null, SourceSpan.of(List.of(line)));
    }

    /** The signature block, or null when the closing has neither an authority line nor a name. */
    static Signer signer(List<TextUnit> closing) {
        List<Line> lines = new ArrayList<>();
        boolean inList = false;
        for (Line line : lines(closing)) {
            String text = clean(line.text());
            if (RECIPIENTS_CUE.matcher(OcrText.fold(text)).find()) {
                inList = true;
            } else if (!(inList && entryStart(text) >= 0) && !text.isBlank()) {
                lines.add(line.withText(text));
            }
        }
        String authority = null;
        String position = null;
        String name = null;
        List<Line> used = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text();
            if (authority == null && AUTHORITY.matcher(OcrText.fold(text)).find()) {
                authority = text;
                used.add(lines.get(i));
            } else if (position == null && isCapitals(text)) {
                position = text;
                used.add(lines.get(i));
            } else if (PERSON.matcher(text).matches()) {
                name = text;
                used.add(lines.get(i));
            }
        }
        if (authority == null && name == null) {
            return null;
        }
        double trust = used.stream().mapToDouble(l -> l.provenance().confidence()).average().orElse(1);
        double sure = (authority != null && name != null ? 0.95 : 0.6) * trust;
        return new Signer(authority, position, name, SourceSpan.of(used), sure);
    }

    private static boolean isCapitals(String text) {
        return text.chars().anyMatch(Character::isLetter) && text.equals(text.toUpperCase(Locale.ROOT));
    }

    /**
     * The closing's lines, each cut where a second column starts: PDF text and OCR read "Nơi nhận" and
     * the signature block side by side as one line ("- UBND tỉnh (b/c); KT. GIÁM ĐỐC").
     */
    private static List<Line> lines(List<TextUnit> closing) {
        List<Line> lines = new ArrayList<>();
        for (TextUnit unit : closing) {
            for (Line line : unit.lines()) {
                String text = clean(line.text());
                int cut = secondColumn(text);
                if (cut > 0) {
                    lines.add(line.withText(text.substring(0, cut).strip()));
                    lines.add(line.withText(text.substring(cut).strip()));
                } else {
                    lines.add(line);
                }
            }
        }
        return lines;
    }

    /** Where a right-hand column begins in a line: an authority prefix, or text after a recipient's ";"/"." end. */
    private static int secondColumn(String text) {
        Matcher authority = AUTHORITY_INSIDE.matcher(text);
        if (authority.find()) {
            return authority.start(1);
        }
        Matcher recipientEnd = RECIPIENT_END.matcher(text);
        return BULLET.matcher(text).find() && recipientEnd.find() ? recipientEnd.end() : -1;
    }

    private static String clean(String text) {
        return text.replace("**", "").strip();
    }
}
