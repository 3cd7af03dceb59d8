package vn.kehoach.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.kehoach.model.Section;
import vn.kehoach.model.SourceSpan;

/**
 * Which section a source line belongs to, as the path of printed numbers from the top ("I > 2 > 2.1").
 * A line belongs to the last section whose heading comes at or before it, provided it is still inside
 * that section's top-level ancestor: tables and lists between two headings go to the section above them
 * even when the extracted span of that section stops before them; the signature block after the last
 * part belongs to none.
 */
final class SectionPaths {

    private record Entry(String path, SourceSpan span, SourceSpan top) {
    }

    private final List<Entry> entries = new ArrayList<>();

    private SectionPaths(List<Section> sections) {
        for (Section top : sections) {
            add(top, "", top.span());
        }
    }

    /** A lookup over the document's sections; null sections (extraction not run) give no paths. */
    static SectionPaths of(List<Section> sections) {
        return new SectionPaths(sections == null ? List.of() : sections);
    }

    private void add(Section section, String parentPath, SourceSpan top) {
        String number = section.number() == null ? "" : section.number().strip().replaceAll("[.:)]+$", "");
        String path = parentPath.isEmpty() ? number : parentPath + " > " + number;
        if (section.span() != null && top != null) {
            entries.add(new Entry(path, section.span(), top));
        }
        for (Section child : section.children()) {
            add(child, path, top);
        }
    }

    Optional<String> at(int page, int line) {
        Entry found = null;
        for (Entry e : entries) {
            if (startsAtOrBefore(e.span(), page, line) && inside(e.top(), page, line)) {
                found = e;
            }
        }
        return Optional.ofNullable(found).map(Entry::path);
    }

    private static boolean startsAtOrBefore(SourceSpan span, int page, int line) {
        return span.page() < page || (span.page() == page && span.line() <= line);
    }

    private static boolean inside(SourceSpan span, int page, int line) {
        return startsAtOrBefore(span, page, line) && (span.endPage() > page || (span.endPage() == page && span.endLine() >= line));
    }
}
