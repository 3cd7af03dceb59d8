package vn.kehoach.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.kehoach.model.Block;
import vn.kehoach.model.Box;
import vn.kehoach.model.Line;
import vn.kehoach.model.Page;
import vn.kehoach.model.PlanDocument;

/**
 * The lines of one page by their 1-based number. The cells of a table row read from one source line
 * (a plain-text table) share its number, so a number can stand for several lines.
 */
final class PageLines {

    private final Map<Integer, List<Line>> byNumber = new TreeMap<>();

    private PageLines(Page page) {
        if (page != null) {
            for (Block block : page.blocks()) {
                for (Line line : block.allLines()) {
                    byNumber.computeIfAbsent(line.provenance().line(), n -> new ArrayList<>()).add(line);
                }
            }
        }
    }

    static PageLines of(PlanDocument plan, Integer pageNumber) {
        Page page = pageNumber == null ? null
            : plan.pages().stream().filter(p -> p.number() == pageNumber).findFirst().orElse(null);
        return new PageLines(page);
    }

    /** The text of line {@code number}; the parts of a split line joined by " | "; null when absent. */
    String text(int number) {
        List<Line> lines = byNumber.get(number);
        return lines == null ? null : lines.stream().map(Line::text).collect(Collectors.joining(" | "));
    }

    /** The boxes of the given lines, where the source has geometry. */
    List<Box> boxes(Iterable<Integer> numbers) {
        List<Box> boxes = new ArrayList<>();
        for (int number : numbers) {
            for (Line line : byNumber.getOrDefault(number, List.of())) {
                if (line.provenance().box() != null) {
                    boxes.add(line.provenance().box());
                }
            }
        }
        return boxes;
    }
}
