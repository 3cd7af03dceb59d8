package vn.kehoach.model;

import java.util.List;
import java.util.function.UnaryOperator;

/** A heading; level 1 is the outermost (Markdown #, the largest font, an HTML h1). */
public record Heading(int level, List<Line> lines) implements Block {

    public Heading {
        lines = List.copyOf(lines);
    }

    @Override
    public List<Line> allLines() {
        return lines;
    }

    @Override
    public Heading mapLines(UnaryOperator<Line> f) {
        return new Heading(level, lines.stream().map(f).toList());
    }
}
