package vn.kehoach.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Markdown ATX headings: {@code #} to {@code ######}, a space, the title, optionally closing hashes. */
final class MarkdownHeadings {

    /** A heading's level (1 for {@code #}) and its raw title. */
    record Parsed(int level, String title) {
    }

    private static final Pattern ATX = Pattern.compile("^(#{1,6})(?:\\s+(.*?))?(?:\\s+#+)?\\s*$");

    private MarkdownHeadings() {
    }

    static boolean isHeading(String text) {
        return parse(text).isPresent();
    }

    /** The heading on this line; a line of hashes alone is an empty heading, which carries no title. */
    static Optional<Parsed> parse(String text) {
        Matcher m = ATX.matcher(text.strip());
        if (!m.matches() || m.group(2) == null || m.group(2).isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Parsed(m.group(1).length(), m.group(2)));
    }
}
