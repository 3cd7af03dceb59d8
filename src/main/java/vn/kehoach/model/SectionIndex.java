package vn.kehoach.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which section holds a given source line: for pointing a finding (a table row, a sentence) at its
 * section. The section open at a line is the last one whose heading comes at or before it, as the
 * section tree is read: body text belongs to the latest heading. A line before the first heading (the
 * preamble) or after the end of the last section (the closing) is in none.
 */
public final class SectionIndex {

    /** A section with the sections that contain it, outermost first. */
    private record Entry(Section section, List<Section> path) {
    }

    private final List<Entry> inReadingOrder = new ArrayList<>();
    private final SourceSpan whole;

    private SectionIndex(List<Section> sections) {
        add(sections, List.of());
        whole = sections.stream().map(Section::span).reduce(SourceSpan::union).orElse(null);
    }

    /** A lookup over a document's sections; null sections (extraction not run) hold no line. */
    public static SectionIndex of(List<Section> sections) {
        return new SectionIndex(sections == null ? List.of() : sections);
    }

    /** The innermost section open at line {@code line} of page {@code page}, outermost first with its parents. */
    public List<Section> pathAt(int page, int line) {
        if (whole == null || !whole.contains(page, line)) {
            return List.of();
        }
        Entry open = null;
        for (Entry entry : inReadingOrder) {
            if (entry.section().span().startsAfter(page, line)) {
                break;
            }
            open = entry;
        }
        return open == null ? List.of() : open.path();
    }

    /** The innermost section open at a line, if any. */
    public Optional<Section> at(int page, int line) {
        List<Section> path = pathAt(page, line);
        return path.isEmpty() ? Optional.empty() : Optional.of(path.get(path.size() - 1));
    }

    /**
     * A label for the section open at a line, its numbers from the outermost without their closing
     * punctuation ("III > 1 > 1.4"); empty outside the sections. Numbers may repeat in a document (seed
     * 000 prints "2.2." twice), the path keeps them apart where their parents differ.
     */
    public Optional<String> labelAt(int page, int line) {
        List<Section> path = pathAt(page, line);
        return path.isEmpty() ? Optional.empty() : Optional.of(path.stream().map(SectionIndex::bareNumber).collect(Collectors.joining(" > ")));
    }

    private static String bareNumber(Section section) {
        return section.number() == null ? "" : section.number().strip().replaceAll("[.:)]+$", "");
    }

    private void add(List<Section> sections, List<Section> parents) {
        for (Section section : sections) {
            List<Section> path = new ArrayList<>(parents);
            path.add(section);
            inReadingOrder.add(new Entry(section, List.copyOf(path)));
            add(section.children(), path);
        }
    }
}
