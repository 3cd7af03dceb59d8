package vn.kehoach.model;

import java.util.List;
import java.util.function.UnaryOperator;

/** A paragraph of running text. */
public record Paragraph(List<Line> lines) implements Block {

    public Paragraph {
        lines = List.copyOf(lines);
    }

    @Override
    public List<Line> allLines() {
        return lines;
    }

    @Override
    public Paragraph mapLines(UnaryOperator<Line> f) {
        return new Paragraph(lines.stream().map(f).toList());
    }
}
