package vn.kehoach.extract;

import java.util.List;
import java.util.stream.Collectors;
import vn.kehoach.model.Line;
import vn.kehoach.model.SourceSpan;

/**
 * A run of lines that reads as one piece: a heading, paragraph, list item, or one cell of a layout
 * table (a closing laid out as a borderless table). Data tables are {@link Kind#TABLE} units whose
 * text extraction leaves to the tables stage.
 */
record TextUnit(Kind kind, List<Line> lines) {

    enum Kind { HEADING, PARAGRAPH, LIST_ITEM, TABLE }

    TextUnit {
        lines = List.copyOf(lines);
    }

    String text() {
        return lines.stream().map(Line::text).map(String::strip).collect(Collectors.joining(" "));
    }

    SourceSpan span() {
        return SourceSpan.of(lines);
    }

    /** The same kind of unit over some of the lines (a heading's remainder, a summary's tail). */
    TextUnit sub(int from) {
        return new TextUnit(kind, lines.subList(from, lines.size()));
    }
}
