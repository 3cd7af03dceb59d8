package vn.kehoach.model;

import java.util.List;

/** A range of source lines, 1-based and inclusive: where an extracted value was read. */
public record SourceSpan(int page, int line, int endPage, int endLine) {

    public SourceSpan {
        if (page < 1 || line < 1 || endPage < page || (endPage == page && endLine < line)) {
            throw new IllegalArgumentException("bad span " + page + ":" + line + "-" + endPage + ":" + endLine);
        }
    }

    /** The span from the first to the last of the lines, in reading order. */
    public static SourceSpan of(List<Line> lines) {
        Provenance first = lines.get(0).provenance();
        Provenance last = lines.get(lines.size() - 1).provenance();
        return new SourceSpan(first.page(), first.line(), last.page(), last.line());
    }

    /** Whether the line numbered {@code line} on page {@code page} lies in this span. */
    public boolean contains(int page, int line) {
        return !startsAfter(page, line) && (page < endPage || page == endPage && line <= endLine);
    }

    /** Whether this span starts after the line numbered {@code line} on page {@code page}. */
    public boolean startsAfter(int page, int line) {
        return this.page > page || this.page == page && this.line > line;
    }

    /** The span covering both. */
    public SourceSpan union(SourceSpan other) {
        boolean thisFirst = page < other.page || (page == other.page && line <= other.line);
        boolean thisLast = endPage > other.endPage || (endPage == other.endPage && endLine >= other.endLine);
        return new SourceSpan(thisFirst ? page : other.page, thisFirst ? line : other.line,
            thisLast ? endPage : other.endPage, thisLast ? endLine : other.endLine);
    }
}
