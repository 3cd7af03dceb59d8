package vn.kehoach.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The content of a plan ("Kế hoạch") as the sample writers lay it out: body blocks in reading order and
 * the closing block (recipients and signer). It is read from the Markdown-ish text of seed 003, which
 * marks headings with {@code #}, bold with {@code **}, bullets with "- " and hard breaks with two spaces.
 */
public record PlanText(List<Block> body, Closing closing) {

    public enum Kind {
        /** "KẾ HOẠCH". */
        TITLE,
        /** The subject line ("trích yếu") under the title. */
        SUBJECT,
        /** "I. MỤC ĐÍCH, YÊU CẦU". */
        SECTION,
        /** "1. Nhiệm vụ". */
        SUBSECTION,
        /** Body text; bullets and numbered items keep their literal "- " or "1. " prefix. */
        PARAGRAPH
    }

    public record Block(Kind kind, String text) {}

    /**
     * @param heading "Nơi nhận:"
     * @param recipients one entry per recipient, with its "- " prefix
     * @param signerTitles e.g. "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"
     * @param signerName the signer's full name
     */
    public record Closing(String heading, List<String> recipients, List<String> signerTitles, String signerName) {}

    private static final String RECIPIENTS_HEADING = "Nơi nhận:";
    private static final Pattern ROMAN_NUMBERED = Pattern.compile("^[IVXLC]+\\.\\s.*");
    private static final Pattern BULLET_LINE = Pattern.compile("^(- |\\d+\\. ).*");

    public PlanText {
        body = List.copyOf(body);
    }

    /** Parses seed-003-style Markdown: chunks separated by blank lines; "**Nơi nhận:**" starts the closing. */
    public static PlanText parse(String markdown) {
        List<Block> body = new ArrayList<>();
        List<String> recipients = new ArrayList<>();
        List<String> signerTitles = new ArrayList<>();
        String signerName = "";
        boolean inClosing = false;
        for (String chunk : markdown.replace("\r\n", "\n").split("\n[ \t]*\n")) {
            chunk = chunk.strip();
            if (chunk.isEmpty()) {
                continue;
            }
            if (inClosing) {
                if (chunk.startsWith("- ")) {
                    recipients.addAll(listItems(chunk));
                } else if (signerTitles.isEmpty()) {
                    // Hard breaks ("  \n") separate the signer's titles.
                    chunk.lines().map(PlanText::plain).forEach(signerTitles::add);
                } else {
                    signerName = plain(chunk);
                }
            } else if (chunk.startsWith("#")) {
                body.add(heading(chunk, body));
            } else if (plain(chunk).equals(RECIPIENTS_HEADING)) {
                inClosing = true;
            } else {
                listItems(chunk).forEach(text -> body.add(new Block(Kind.PARAGRAPH, text)));
            }
        }
        return new PlanText(body, new Closing(RECIPIENTS_HEADING, recipients, signerTitles, signerName));
    }

    private static Block heading(String chunk, List<Block> earlier) {
        int level = chunk.indexOf(' ');
        String text = plain(chunk.substring(level));
        boolean titleJustBefore = !earlier.isEmpty() && earlier.get(earlier.size() - 1).kind() == Kind.TITLE;
        // The seed's heading levels are not consistent ("### III." next to "#### I."), so the numbering decides.
        Kind kind = level <= 2 ? Kind.TITLE
            : titleJustBefore ? Kind.SUBJECT
            : ROMAN_NUMBERED.matcher(text).matches() ? Kind.SECTION
            : Kind.SUBSECTION;
        return new Block(kind, text);
    }

    /** Splits a chunk into items at each line that starts a bullet or a numbered item; soft wraps become spaces. */
    private static List<String> listItems(String chunk) {
        List<String> items = new ArrayList<>();
        for (String line : chunk.split("\n")) {
            String text = plain(line);
            if (items.isEmpty() || BULLET_LINE.matcher(text).matches()) {
                items.add(text);
            } else {
                items.set(items.size() - 1, items.get(items.size() - 1) + " " + text);
            }
        }
        return items;
    }

    /** The text without Markdown markup, with runs of white space collapsed. */
    static String plain(String markdown) {
        return markdown.replace("**", "").replaceAll("\\s+", " ").strip();
    }
}
