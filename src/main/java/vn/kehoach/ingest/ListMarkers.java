package vn.kehoach.ingest;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kehoach.model.Block;
import vn.kehoach.model.Line;
import vn.kehoach.model.ListItem;
import vn.kehoach.model.Paragraph;

/** Recognises the bullet or number printed at the start of a list item, for every source kind alike. */
final class ListMarkers {

    private static final Pattern MARKER = Pattern.compile(
        // Bullets; Tika prints Word's bullets as "·", Word's Symbol-font bullets arrive as private-use characters.
        "^(?:([-–•·+*▪●\uF0B7\uF0A7])\\s"
            // "1." "2.1." "3)"
            + "|(\\d{1,2}(?:\\.\\d{1,2})*[.)])\\s"
            // "2.1.1 Đối tượng": without a closing dot only before a capital, so a wrapped "12.5 triệu" stays text.
            + "|(\\d{1,2}(?:\\.\\d{1,2})+)\\s+(?=\\p{Lu})"
            // "a)" "đ)"
            + "|([a-zđ]\\))\\s)");

    private ListMarkers() {
    }

    /** The marker at the start of the text ("-", "2.1.", "a)"), if the text reads as a list item. */
    static Optional<String> find(String text) {
        Matcher m = MARKER.matcher(text.stripLeading());
        if (!m.find()) {
            return Optional.empty();
        }
        for (int group = 1; group <= m.groupCount(); group++) {
            if (m.group(group) != null) {
                return Optional.of(m.group(group));
            }
        }
        throw new IllegalStateException("the marker pattern matched without a group");
    }

    /** A list item when the first line starts with a marker, otherwise a paragraph. */
    static Block paragraphOrItem(List<Line> lines) {
        return find(lines.get(0).text())
            .<Block>map(marker -> new ListItem(marker, lines))
            .orElseGet(() -> new Paragraph(lines));
    }
}
