package vn.kehoach.model;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** A table as laid out in the source (rows of cells); typing and header repair belong to extraction. */
public record Table(List<TableRow> rows) implements Block {

    public Table {
        rows = List.copyOf(rows);
    }

    @Override
    public List<Line> allLines() {
        return rows.stream().flatMap(r -> r.cells().stream()).flatMap(c -> c.lines().stream()).toList();
    }

    @Override
    public String text() {
        return rows.stream()
            .map(r -> r.cells().stream().map(c -> c.text().replace('\n', ' ')).collect(Collectors.joining("\t")))
            .collect(Collectors.joining("\n"));
    }

    public int cellCount() {
        return rows.stream().mapToInt(r -> r.cells().size()).sum();
    }

    @Override
    public Table mapLines(UnaryOperator<Line> f) {
        return new Table(rows.stream()
            .map(row -> new TableRow(row.cells().stream()
                .map(c -> new TableCell(c.lines().stream().map(f).toList(), c.rowSpan(), c.colSpan()))
                .toList()))
            .toList());
    }
}
