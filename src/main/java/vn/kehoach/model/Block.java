package vn.kehoach.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** A unit of page layout in reading order. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Heading.class, name = "heading"),
    @JsonSubTypes.Type(value = Paragraph.class, name = "paragraph"),
    @JsonSubTypes.Type(value = ListItem.class, name = "list-item"),
    @JsonSubTypes.Type(value = Table.class, name = "table")
})
public sealed interface Block permits Heading, Paragraph, ListItem, Table {

    /** Every line of the block in reading order (table lines row by row, cell by cell). */
    @JsonIgnore
    List<Line> allLines();

    /** The same block with every line replaced by {@code f(line)}: how stages rewrite text in place. */
    Block mapLines(UnaryOperator<Line> f);

    /** The block's text, lines joined by newlines (table cells by tabs, rows by newlines). */
    @JsonIgnore
    default String text() {
        return allLines().stream().map(Line::text).collect(Collectors.joining("\n"));
    }
}
