package vn.kehoach.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises the bullet or number that opens a list item: "-", "•", "+", "a)", "đ)", "1.", "2)", "2.1.", "2.1.1". */
final class ListMarkers {

    // A lone number needs its dot or bracket ("15 người" is no item); dotted numbers need none ("2.1.1 Đối tượng").
    private static final Pattern MARKER = Pattern.compile(
        "^([-–•+*▪●]|[a-zđ]\\)|\\d{1,2}[.)]|\\d{1,2}(?:\\.\\d{1,2})+\\.?)(?=\\s)");

    private ListMarkers() {
    }

    /** The marker as printed when the line opens a list item. */
    static Optional<String> markerOf(String line) {
        Matcher m = MARKER.matcher(line.stripLeading());
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
