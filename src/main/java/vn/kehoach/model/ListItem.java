package vn.kehoach.model;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A bulleted or numbered item. {@code marker} is the bullet or number as printed ("-", "a)", "1.");
 * the lines keep the full text including the marker, so no character of the source is lost.
 */
public record ListItem(String marker, List<Line> lines) implements Block {

    public ListItem {
        lines = List.copyOf(lines);
    }

    @Override
    public List<Line> allLines() {
        return lines;
    }

    @Override
    public ListItem mapLines(UnaryOperator<Line> f) {
        return new ListItem(marker, lines.stream().map(f).toList());
    }
}
