package vn.kehoach.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One line of text as read from the source. {@code words} is empty when the source has no word
 * geometry (office files, plain text); {@code style} is null when the source has no typography.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Line(String text, List<Word> words, TextStyle style, Provenance provenance) {

    public Line {
        words = List.copyOf(words);
    }

    /** The same line with other text, as normalization produces; geometry and provenance stay. */
    public Line withText(String newText) {
        return new Line(newText, words, style, provenance);
    }
}
