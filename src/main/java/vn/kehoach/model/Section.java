package vn.kehoach.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A numbered part of the content. {@code number} is the numbering as printed ("II.", "2.1.", "a)",
 * "Phần thứ nhất"), {@code heading} the heading text without it; {@code text} is the section's own
 * body (children excluded), also given as {@code passages}: one per paragraph or list item, with spans.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Section(String number, String heading, SectionRole role, String text, List<Passage> passages,
                     SourceSpan span, List<Section> children) {

    public Section {
        passages = List.copyOf(passages);
        children = List.copyOf(children);
    }

    /** A paragraph or list item of a body; {@code marker} is the bullet or number as printed, null for a paragraph. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Passage(String marker, String text, SourceSpan span) {
    }
}
