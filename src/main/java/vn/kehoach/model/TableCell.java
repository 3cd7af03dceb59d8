package vn.kehoach.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.stream.Collectors;

/** One cell as laid out in the source; spans are 1 for an unmerged cell. */
public record TableCell(List<Line> lines, int rowSpan, int colSpan) {

    public TableCell {
        lines = List.copyOf(lines);
        if (rowSpan < 1 || colSpan < 1) {
            throw new IllegalArgumentException("spans are at least 1: " + rowSpan + "x" + colSpan);
        }
    }

    @JsonIgnore
    public String text() {
        return lines.stream().map(Line::text).collect(Collectors.joining("\n"));
    }
}
